using System.Text.Json;

namespace Integration.Plans.Loading;

/// <summary>
/// Tolerant readers for members of a plan document: a member that is missing or of the wrong
/// JSON type reads as absent (the schema reports it), so a partly broken plan can still be read
/// for the semantic rules.
/// </summary>
internal static class JsonElementReading
{
    public static JsonElement? Member(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static JsonElement ObjectOrEmpty(this JsonElement element, string name) =>
        element.Member(name) is { ValueKind: JsonValueKind.Object } value ? value : default;

    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) =>
        element.Member(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    public static string? StringOrNull(this JsonElement element, string name) =>
        element.Member(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static string String(this JsonElement element, string name) => element.StringOrNull(name) ?? string.Empty;

    public static bool Bool(this JsonElement element, string name, bool fallback) => element.Member(name)?.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => fallback,
    };

    public static decimal? Decimal(this JsonElement element, string name) =>
        element.Member(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetDecimal(out var number) ? number : null;

    public static double? Double(this JsonElement element, string name) =>
        element.Member(name) is { ValueKind: JsonValueKind.Number } value ? value.GetDouble() : null;

    /// <summary>A whole number, clamped to the range of <see cref="int"/> (the schema bounds it further).</summary>
    public static int? Int32(this JsonElement element, string name) =>
        element.Decimal(name) is { } number ? (int)Math.Clamp(Math.Truncate(number), int.MinValue, int.MaxValue) : null;

    /// <summary>A whole number, clamped to the range of <see cref="long"/>.</summary>
    public static long? Int64(this JsonElement element, string name) =>
        element.Decimal(name) is { } number ? (long)Math.Clamp(Math.Truncate(number), long.MinValue, long.MaxValue) : null;

    public static T Enum<T>(this JsonElement element, string name, IReadOnlyDictionary<string, T> names, T fallback) =>
        element.StringOrNull(name) is { } text && names.TryGetValue(text, out var value) ? value : fallback;

    public static IReadOnlyList<string> Strings(this JsonElement element, string name) => element.Items(name)
        .Where(e => e.ValueKind == JsonValueKind.String)
        .Select(e => e.GetString()!)
        .ToList();
}
