namespace Integration.Sandbox.Salesforce.Streaming.Faults;

/// <summary>
/// Rolls the streaming fault rules from one <see cref="Random"/> seeded by the control API, so the same seed and
/// the same sequence of commits and connects hit the same events.
/// </summary>
internal sealed class StreamingFaultInjector
{
    private readonly Lock _gate = new();
    private IReadOnlyList<StreamingFaultRule> _rules = [];
    private Random _random = new(0);

    public IReadOnlyList<StreamingFaultRule> Rules => _rules;

    public void Configure(IReadOnlyList<StreamingFaultRule> rules, int seed)
    {
        lock (_gate)
        {
            _rules = rules;
            _random = new Random(seed);
        }
    }

    public void Clear() => Configure([], 0);

    /// <summary>The first event rule that fires for an event of <paramref name="entity"/>, or null.</summary>
    public StreamingFaultRule? DecideEvent(string entity)
    {
        var rules = _rules;
        if (rules.Count == 0)
        {
            return null;
        }

        lock (_gate)
        {
            return rules.FirstOrDefault(rule => rule.Kind != StreamingFaultKind.SessionDrop
                && (rule.Entity is null || string.Equals(rule.Entity, entity, StringComparison.OrdinalIgnoreCase))
                && _random.NextDouble() < rule.Rate);
        }
    }

    /// <summary>Whether a session-drop rule fires for this connect.</summary>
    public bool DecideSessionDrop()
    {
        var rules = _rules;
        if (rules.Count == 0)
        {
            return false;
        }

        lock (_gate)
        {
            return rules.Any(rule => rule.Kind == StreamingFaultKind.SessionDrop && _random.NextDouble() < rule.Rate);
        }
    }

    /// <summary>The first problem with the rules, or null: rates within 0..1, delays not negative, known entities.</summary>
    public static string? Validate(IReadOnlyList<StreamingFaultRule>? rules)
    {
        foreach (var rule in rules ?? [])
        {
            if (rule.Rate is < 0 or > 1 || double.IsNaN(rule.Rate))
            {
                return $"rate is {rule.Rate}; it must be between 0 and 1";
            }

            if (rule.DelayMs < 0)
            {
                return $"delayMs is {rule.DelayMs}; it must not be negative";
            }

            if (rule.Entity is not null && Data.StandardSchema.Find(rule.Entity) is null)
            {
                return $"entity '{rule.Entity}' is not one of Account, Contact, Opportunity";
            }
        }

        return rules is null ? "rules are required" : null;
    }
}
