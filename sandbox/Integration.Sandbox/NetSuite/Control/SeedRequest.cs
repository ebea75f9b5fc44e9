namespace Integration.Sandbox.NetSuite.Control;

/// <summary>Deterministic seeding: the same seed and sizes on a reset account give the same records and ids.</summary>
internal sealed record SeedRequest(int Seed, int Customers, int ContactsPerCustomer = 0, int SalesOrdersPerCustomer = 0);
