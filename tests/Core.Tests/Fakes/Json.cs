using System.Text.Json;

namespace Integration.Core.Tests.Fakes;

/// <summary>JSON values for tests.</summary>
internal static class Json
{
    public static JsonElement Of(object? value) => JsonSerializer.SerializeToElement(value);

    public static JsonElement Parse(string json) => JsonElement.Parse(json);

    /// <summary>The value as plain text for assertions: a string's text, other values' JSON, "(missing)".</summary>
    public static string Text(JsonElement? value) => value switch
    {
        null => "(missing)",
        { ValueKind: JsonValueKind.Undefined } => "(missing)",
        { ValueKind: JsonValueKind.String } v => v.GetString()!,
        { } v => v.GetRawText(),
    };
}
