namespace Integration.Sandbox.Faults;

/// <summary>
/// A fault of outbound event delivery (webhooks): with probability <see cref="Rate"/> per event (drop,
/// duplicate) or per batch (reorder, delay) the fault fires.
/// </summary>
public sealed record DeliveryFaultRule
{
    /// <summary>What happens.</summary>
    public DeliveryFaultKind Kind { get; init; }

    /// <summary>Probability 0..1 that the rule fires.</summary>
    public double Rate { get; init; }

    /// <summary>For <see cref="DeliveryFaultKind.Delay"/>: how long a batch waits, in milliseconds.</summary>
    public int DelayMs { get; init; }
}
