namespace Integration.Sandbox.NetSuite.Control;

/// <summary>Sets an account's concurrency limit.</summary>
internal sealed record ConcurrencyRequest(int Limit);
