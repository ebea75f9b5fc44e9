using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Salesforce.Soql.Evaluation;

/// <summary>Orders and equates stored values: text case-insensitively (ids exactly), numbers, booleans, dates.</summary>
internal static class ValueComparer
{
    public static int Compare(object a, object b, FieldType type) => (a, b) switch
    {
        (string x, string y) => type is FieldType.Id or FieldType.Reference
            ? string.CompareOrdinal(x, y)
            : string.Compare(x, y, StringComparison.OrdinalIgnoreCase),
        (decimal x, decimal y) => x.CompareTo(y),
        (bool x, bool y) => x.CompareTo(y),
        (DateTimeOffset x, DateTimeOffset y) => x.CompareTo(y),
        (DateOnly x, DateOnly y) => x.CompareTo(y),
        _ => throw new InvalidOperationException($"Cannot compare {a.GetType().Name} with {b.GetType().Name}."),
    };

    /// <summary>Nulls first or last, then <see cref="Compare(object, object, FieldType)"/>.</summary>
    public static int CompareNullable(object? a, object? b, FieldType type, bool nullsFirst) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => nullsFirst ? -1 : 1,
        (_, null) => nullsFirst ? 1 : -1,
        _ => Compare(a, b, type),
    };

    /// <summary>A key equal for values SOQL treats as equal (grouping, COUNT_DISTINCT).</summary>
    public static object? GroupKey(object? value) => value is string s ? s.ToUpperInvariant() : value;
}
