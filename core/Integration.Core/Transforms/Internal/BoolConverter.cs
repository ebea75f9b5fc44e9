using System.Globalization;
using System.Text.Json;

namespace Integration.Core.Transforms.Internal;

/// <summary>
/// To a boolean: JSON booleans; the numbers 1 and 0; the strings true/false, yes/no, y/n, 1/0, on/off
/// (case-insensitive, trimmed). Blank is null; anything else fails.
/// </summary>
internal sealed class BoolConverter : IValueConverter
{
    private static readonly TransformResult True = TransformResult.Success(JsonValues.FromBool(true));
    private static readonly TransformResult False = TransformResult.Success(JsonValues.FromBool(false));

    public TransformResult Convert(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => True,
        JsonValueKind.False => False,
        JsonValueKind.Number => FromNumber(value.GetRawText()),
        JsonValueKind.String => FromText(value.GetString()!.Trim()),
        _ => TransformResult.Failure($"cannot convert {JsonValues.Describe(value)} to a boolean"),
    };

    private static TransformResult FromNumber(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number is 0m or 1m
            ? (number == 1m ? True : False)
            : TransformResult.Failure($"number {text} is not a boolean (expected 1 or 0)");

    private static TransformResult FromText(string text) => text.ToUpperInvariant() switch
    {
        "" => TransformResult.Null,
        "TRUE" or "YES" or "Y" or "1" or "ON" => True,
        "FALSE" or "NO" or "N" or "0" or "OFF" => False,
        _ => TransformResult.Failure($"value '{text}' is not a boolean (expected true/false, yes/no, y/n, 1/0, on/off)"),
    };
}
