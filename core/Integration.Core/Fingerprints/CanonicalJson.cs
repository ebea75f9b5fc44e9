using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Integration.Core.Fingerprints;

/// <summary>
/// The canonical text of a JSON value for fingerprints: numbers normalised (<c>1.50</c> and <c>1.5</c>, <c>10</c> and
/// <c>1e1</c> are one number), strings as they are except the empty string, which is null (HubSpot reports a cleared
/// property as <c>""</c>, others as null), object members sorted by name.
/// </summary>
internal static class CanonicalJson
{
    public static string Write(JsonElement value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    public static string Write(IReadOnlyList<JsonElement> values)
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            Append(text, values[i]);
        }

        return text.Append(']').ToString();
    }

    private static void Append(StringBuilder text, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var s = value.GetString()!;
                text.Append(s.Length == 0 ? "null" : JsonSerializer.Serialize(s));
                break;
            case JsonValueKind.Number:
                text.Append(Number(value));
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var first = true;
                foreach (var item in value.EnumerateArray())
                {
                    text.Append(first ? string.Empty : ",");
                    first = false;
                    Append(text, item);
                }

                text.Append(']');
                break;
            case JsonValueKind.Object:
                AppendObject(text, value);
                break;
            default:
                text.Append("null");
                break;
        }
    }

    private static void AppendObject(StringBuilder text, JsonElement value)
    {
        text.Append('{');
        var first = true;
        foreach (var property in value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(first ? string.Empty : ",");
            first = false;
            text.Append(JsonSerializer.Serialize(property.Name)).Append(':');
            Append(text, property.Value);
        }

        text.Append('}');
    }

    private static string Number(JsonElement value)
    {
        if (value.TryGetDecimal(out var exact))
        {
            // "G29"-style: the shortest exact text, trailing zeros of the scale removed.
            return exact.ToString("0.############################", CultureInfo.InvariantCulture);
        }

        return value.GetDouble().ToString("R", CultureInfo.InvariantCulture);
    }
}
