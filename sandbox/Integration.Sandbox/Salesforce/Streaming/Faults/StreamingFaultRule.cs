namespace Integration.Sandbox.Salesforce.Streaming.Faults;

/// <summary>One streaming fault: with probability <see cref="Rate"/>, a matching event (or connect) gets <see cref="Kind"/>.</summary>
internal sealed record StreamingFaultRule
{
    public StreamingFaultKind Kind { get; init; }

    /// <summary>Probability 0..1 per event (per connect for <see cref="StreamingFaultKind.SessionDrop"/>).</summary>
    public double Rate { get; init; }

    /// <summary>Hold time of Delay, and the longest hold of Reorder; default 1,000 ms.</summary>
    public int DelayMs { get; init; } = 1_000;

    /// <summary>Only events of this entity (Account, Contact, Opportunity); all when null.</summary>
    public string? Entity { get; init; }
}
