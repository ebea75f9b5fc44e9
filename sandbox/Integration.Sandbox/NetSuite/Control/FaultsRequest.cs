using Integration.Sandbox.Faults;

namespace Integration.Sandbox.NetSuite.Control;

/// <summary>Replaces a fault rule set; the seed makes which requests (or webhooks) are hit repeatable.</summary>
internal sealed record FaultsRequest(IReadOnlyList<FaultRule> Rules, int Seed = 0);
