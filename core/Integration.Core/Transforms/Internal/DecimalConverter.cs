using System.Globalization;
using System.Text.Json;

namespace Integration.Core.Transforms.Internal;

/// <summary>
/// To an exact <see cref="decimal"/> from a JSON number or an invariant numeric string (blank is null). With a scale,
/// rounded by the spec's rounding and written with exactly that many decimals (<c>2.50</c>); without, every digit kept.
/// </summary>
internal sealed class DecimalConverter(int? scale, DecimalRounding rounding) : IValueConverter
{
    public TransformResult Convert(JsonElement value)
    {
        if (NumericText.Read(value, "a decimal", out var early) is not { } text)
        {
            return early!;
        }

        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return TransformResult.Failure(value.ValueKind == JsonValueKind.Number
                ? $"number {text} is outside the decimal range"
                : $"value '{text}' is not a decimal number");
        }

        if (scale is not { } places)
        {
            return TransformResult.Success(JsonValues.FromNumberText(number.ToString(CultureInfo.InvariantCulture)));
        }

        var rounded = decimal.Round(number, places, rounding switch
        {
            DecimalRounding.HalfUp => MidpointRounding.AwayFromZero,
            DecimalRounding.Down => MidpointRounding.ToZero,
            _ => MidpointRounding.ToEven,
        });
        var written = rounded.ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return TransformResult.Success(JsonValues.FromNumberText(written));
    }
}
