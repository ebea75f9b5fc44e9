using System.Globalization;
using System.Text.Json;

namespace Integration.Connectors.NetSuite.Query;

/// <summary>Reading SuiteQL row values: columns are lower case, null columns may be absent, numbers may come as text.</summary>
internal static class SuiteQlRow
{
    public static string? Text(IReadOnlyDictionary<string, JsonElement> row, string column) =>
        row.TryGetValue(column, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        } : null;

    public static string RequiredText(IReadOnlyDictionary<string, JsonElement> row, string column) =>
        Text(row, column) ?? throw new InvalidOperationException($"SuiteQL row has no '{column}' column; columns: {string.Join(", ", row.Keys)}.");

    public static decimal? Decimal(IReadOnlyDictionary<string, JsonElement> row, string column) =>
        Text(row, column) is { Length: > 0 } text ? decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;
}
