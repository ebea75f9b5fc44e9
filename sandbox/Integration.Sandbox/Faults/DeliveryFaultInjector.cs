namespace Integration.Sandbox.Faults;

/// <summary>Rolls the delivery fault rules; deterministic for a given seed and sequence of rolls.</summary>
public sealed class DeliveryFaultInjector
{
    private readonly Lock _gate = new();
    private IReadOnlyList<DeliveryFaultRule> _rules = [];
    private Random _random = new(0);

    /// <summary>The rules in force.</summary>
    public IReadOnlyList<DeliveryFaultRule> Rules => _rules;

    /// <summary>Replaces the rules; <paramref name="seed"/> makes the firing sequence repeatable.</summary>
    public void Configure(IReadOnlyList<DeliveryFaultRule> rules, int seed)
    {
        lock (_gate)
        {
            _rules = rules;
            _random = new Random(seed);
        }
    }

    /// <summary>Removes every rule.</summary>
    public void Clear() => Configure([], 0);

    /// <summary>True when a rule of <paramref name="kind"/> fires for this roll.</summary>
    public bool Fires(DeliveryFaultKind kind) => Roll(kind) is not null;

    /// <summary>The delay of a delay rule that fires, else zero.</summary>
    public TimeSpan Delay() => Roll(DeliveryFaultKind.Delay) is { } rule ? TimeSpan.FromMilliseconds(rule.DelayMs) : TimeSpan.Zero;

    /// <summary>Shuffles <paramref name="items"/> with the seeded generator.</summary>
    public void Shuffle<T>(T[] items)
    {
        lock (_gate)
        {
            _random.Shuffle(items);
        }
    }

    private DeliveryFaultRule? Roll(DeliveryFaultKind kind)
    {
        var rules = _rules;
        if (rules.Count == 0)
        {
            return null;
        }

        lock (_gate)
        {
            return rules.FirstOrDefault(rule => rule.Kind == kind && _random.NextDouble() < rule.Rate);
        }
    }
}
