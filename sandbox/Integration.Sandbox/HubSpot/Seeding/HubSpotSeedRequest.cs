namespace Integration.Sandbox.HubSpot.Seeding;

/// <summary>What to seed: companies, and per company contacts and deals (associated to it; deals also to its first contact).</summary>
internal sealed record HubSpotSeedRequest(int Seed, int Companies, int ContactsPerCompany = 0, int DealsPerCompany = 0);
