namespace Integration.Sandbox.Salesforce.Control;

/// <summary>Sets an org's daily API allocation and, optionally, the calls already used.</summary>
internal sealed record LimitsRequest(long DailyApiLimit, long? Used);
