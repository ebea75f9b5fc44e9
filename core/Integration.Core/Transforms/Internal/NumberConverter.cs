using System.Globalization;
using System.Text.Json;

namespace Integration.Core.Transforms.Internal;

/// <summary>To a double: from a JSON number or an invariant numeric string (exponents allowed); blank is null.</summary>
internal sealed class NumberConverter : IValueConverter
{
    public TransformResult Convert(JsonElement value)
    {
        if (NumericText.Read(value, "a number", out var early) is not { } text)
        {
            return early!;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return TransformResult.Failure($"value '{text}' is not a number");
        }

        return double.IsFinite(number)
            ? TransformResult.Success(JsonValues.FromDouble(number))
            : TransformResult.Failure($"value '{text}' is not a finite number");
    }
}
