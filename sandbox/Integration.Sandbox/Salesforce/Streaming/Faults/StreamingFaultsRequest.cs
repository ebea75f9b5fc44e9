namespace Integration.Sandbox.Salesforce.Streaming.Faults;

/// <summary>Replaces an org's streaming fault rules; the seed makes which events are hit repeatable.</summary>
internal sealed record StreamingFaultsRequest(IReadOnlyList<StreamingFaultRule> Rules, int Seed = 0);
