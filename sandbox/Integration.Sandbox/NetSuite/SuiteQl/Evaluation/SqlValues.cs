using System.Globalization;

namespace Integration.Sandbox.NetSuite.SuiteQl.Evaluation;

/// <summary>Comparison and display of SuiteQL values (string, decimal, <see cref="DateTimeOffset"/>, <see cref="DateOnly"/>).</summary>
internal static class SqlValues
{
    public static int Compare(object left, object right, TimeZoneInfo zone) => (left, right) switch
    {
        (decimal a, decimal b) => a.CompareTo(b),
        (string a, string b) => string.CompareOrdinal(a, b),
        (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
        (DateOnly a, DateOnly b) => a.CompareTo(b),
        (DateOnly a, DateTimeOffset b) => Midnight(a, zone).CompareTo(b),
        (DateTimeOffset a, DateOnly b) => a.CompareTo(Midnight(b, zone)),
        _ => throw new SuiteQlException($"Cannot compare {left.GetType().Name} with {right.GetType().Name}."),
    };

    /// <summary>
    /// Writes a value as SuiteQL does: every value a string; datetimes in the user's time zone and date format
    /// without seconds (<c>11/23/2026 2:15 am</c>), dates as <c>11/23/2026</c>. Use <c>TO_CHAR</c> for seconds.
    /// </summary>
    public static string Display(object value, TimeZoneInfo zone) => value switch
    {
        decimal d => d.ToString("0.############", CultureInfo.InvariantCulture),
        DateTimeOffset t => TimeZoneInfo.ConvertTime(t, zone).ToString("M/d/yyyy h:mm tt", CultureInfo.InvariantCulture).ToLowerInvariant(),
        DateOnly d => d.ToString("M/d/yyyy", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static DateTimeOffset Midnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
