namespace Integration.Sandbox.Faults;

/// <summary>What the fault injector decided for one request: a delay, and the failing rule if any.</summary>
public sealed record FaultDecision(TimeSpan Latency, FaultRule? Failure)
{
    /// <summary>Nothing injected.</summary>
    public static FaultDecision None { get; } = new(TimeSpan.Zero, null);
}
