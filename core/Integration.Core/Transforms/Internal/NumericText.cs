using System.Text.Json;

namespace Integration.Core.Transforms.Internal;

/// <summary>The text a numeric conversion parses: a JSON number's raw text or a trimmed string; blank strings are null.</summary>
internal static class NumericText
{
    /// <summary>
    /// The text to parse, or null with <paramref name="early"/> set: <see cref="TransformResult.Null"/> for a blank
    /// string, a failure naming <paramref name="target"/> for any other JSON kind.
    /// </summary>
    public static string? Read(JsonElement value, string target, out TransformResult? early)
    {
        early = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                return value.GetRawText();
            case JsonValueKind.String:
                var text = value.GetString()!.Trim();
                if (text.Length == 0)
                {
                    early = TransformResult.Null;
                    return null;
                }

                return text;
            default:
                early = TransformResult.Failure($"cannot convert {JsonValues.Describe(value)} to {target}");
                return null;
        }
    }
}
