namespace Integration.Sandbox.Faults;

/// <summary>
/// Decides, per request, which configured faults fire. Vendor-neutral: each vendor surface renders the
/// failure in its own error shape. Deterministic for a given seed and request sequence.
/// </summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private IReadOnlyList<FaultRule> _rules = [];
    private Random _random = new(0);

    /// <summary>The rules in force.</summary>
    public IReadOnlyList<FaultRule> Rules => _rules;

    /// <summary>Replaces the rules; <paramref name="seed"/> makes the firing sequence repeatable.</summary>
    public void Configure(IReadOnlyList<FaultRule> rules, int seed)
    {
        lock (_gate)
        {
            _rules = rules;
            _random = new Random(seed);
        }
    }

    /// <summary>Removes every rule.</summary>
    public void Clear() => Configure([], 0);

    /// <summary>Rolls every matching request rule; latencies add up, the first failing rule wins.</summary>
    public FaultDecision Decide(string method, string path)
    {
        var rules = _rules;
        if (rules.Count == 0)
        {
            return FaultDecision.None;
        }

        var latency = TimeSpan.Zero;
        FaultRule? failure = null;
        lock (_gate)
        {
            foreach (var rule in rules)
            {
                if (rule.Scope != FaultScope.Request || !Matches(rule, method, path) || _random.NextDouble() >= rule.Rate)
                {
                    continue;
                }

                latency += TimeSpan.FromMilliseconds(rule.LatencyMs);
                if (rule.Status is not null)
                {
                    failure ??= rule;
                }
            }
        }

        return latency == TimeSpan.Zero && failure is null ? FaultDecision.None : new FaultDecision(latency, failure);
    }

    /// <summary>Rolls the record rules for one record of a multi-record call; the first that fires wins.</summary>
    public FaultRule? DecideRecord(string method, string path)
    {
        var rules = _rules;
        if (rules.Count == 0)
        {
            return null;
        }

        lock (_gate)
        {
            return rules.FirstOrDefault(rule => rule.Scope == FaultScope.Record && Matches(rule, method, path) && _random.NextDouble() < rule.Rate);
        }
    }

    private static bool Matches(FaultRule rule, string method, string path) =>
        (rule.PathContains is null || path.Contains(rule.PathContains, StringComparison.OrdinalIgnoreCase))
        && (rule.Method is null || string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase));
}
