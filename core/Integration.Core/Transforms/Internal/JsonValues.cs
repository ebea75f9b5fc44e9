using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Integration.Core.Transforms.Internal;

/// <summary>Reads and builds the JSON values transforms work on.</summary>
internal static class JsonValues
{
    // Strings are written as they are (no \u escapes for non-ASCII or '+'): the text is data, not HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonElement Null { get; } = JsonElement.Parse("null");

    /// <summary>A missing value (<see cref="JsonValueKind.Undefined"/>) and JSON null are both null.</summary>
    public static bool IsNull(JsonElement value) =>
        value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null;

    /// <summary>Null, or a string that is empty or whitespace only.</summary>
    public static bool IsNullOrBlank(JsonElement value) =>
        IsNull(value) || (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()));

    /// <summary>The text of a string, or the JSON text of a number or boolean; false for objects, arrays and null.</summary>
    public static bool TryGetScalarText(JsonElement value, out string text)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                text = value.GetString()!;
                return true;
            case JsonValueKind.Number:
            case JsonValueKind.True:
            case JsonValueKind.False:
                text = value.GetRawText();
                return true;
            default:
                text = string.Empty;
                return false;
        }
    }

    /// <summary>How a value is named in an error message: a quoted string, or the JSON text of anything else.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined => "(missing)",
        JsonValueKind.String => $"'{value.GetString()}'",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => value.GetRawText(),
    };

    public static JsonElement FromText(string? text)
    {
        if (text is null)
        {
            return Null;
        }

        return Write(writer => writer.WriteStringValue(text));
    }

    public static JsonElement FromBool(bool value) => JsonElement.Parse(value ? "true" : "false");

    public static JsonElement FromDouble(double value) => Write(writer => writer.WriteNumberValue(value));

    /// <summary>A number from its invariant JSON text (e.g. <c>2.50</c>), kept digit for digit.</summary>
    public static JsonElement FromNumberText(string numberText) => JsonElement.Parse(numberText);

    private static JsonElement Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return JsonElement.Parse(buffer.WrittenSpan);
    }
}
