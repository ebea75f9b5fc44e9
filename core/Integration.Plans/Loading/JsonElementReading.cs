using System.Text.Json;

namespace Integration.Plans.Loading;

/// <summary>Small readers for optional members of a schema-valid plan document.</summary>
internal static class JsonElementReading
{
    public static JsonElement? Member(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static string? StringOrNull(this JsonElement element, string name) => element.Member(name)?.GetString();

    public static string String(this JsonElement element, string name) => element.StringOrNull(name) ?? string.Empty;

    public static bool Bool(this JsonElement element, string name, bool fallback) => element.Member(name)?.GetBoolean() ?? fallback;

    public static T Enum<T>(this JsonElement element, string name, IReadOnlyDictionary<string, T> names, T fallback) =>
        element.StringOrNull(name) is { } text && names.TryGetValue(text, out var value) ? value : fallback;

    public static IReadOnlyList<string> Strings(this JsonElement element, string name) =>
        element.Member(name) is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList()
            : [];
}
