using Integration.Sandbox.Faults;

namespace Integration.Sandbox.Salesforce.Control;

/// <summary>Replaces an org's REST fault rules; the seed makes which requests fail repeatable.</summary>
internal sealed record FaultsRequest(IReadOnlyList<FaultRule> Rules, int Seed = 0);
