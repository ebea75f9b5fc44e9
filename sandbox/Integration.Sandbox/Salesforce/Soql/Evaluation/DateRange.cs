namespace Integration.Sandbox.Salesforce.Soql.Evaluation;

/// <summary>A date literal (TODAY, YESTERDAY, TOMORROW) as a UTC day: [Start, End). The org time zone is UTC.</summary>
internal sealed record DateRange(DateOnly Day)
{
    public DateTimeOffset Start => new(Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    public DateTimeOffset End => Start.AddDays(1);

    public static DateRange For(string keyword, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return new DateRange(keyword switch
        {
            "YESTERDAY" => today.AddDays(-1),
            "TOMORROW" => today.AddDays(1),
            _ => today,
        });
    }

    /// <summary>Applies <paramref name="op"/> between a stored date or datetime and this day.</summary>
    public bool Matches(object value, string op)
    {
        var (before, within) = value switch
        {
            DateTimeOffset t => (t < Start, t >= Start && t < End),
            DateOnly d => (d < Day, d == Day),
            _ => throw new InvalidOperationException($"A date literal cannot compare with {value.GetType().Name}."),
        };
        var after = !before && !within;
        return op switch
        {
            "=" => within,
            "!=" => !within,
            "<" => before,
            "<=" => before || within,
            ">" => after,
            ">=" => after || within,
            _ => false,
        };
    }
}
