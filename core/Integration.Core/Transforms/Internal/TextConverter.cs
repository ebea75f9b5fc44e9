using System.Globalization;
using System.Text.Json;

namespace Integration.Core.Transforms.Internal;

/// <summary>
/// To a string, invariant culture. Without a format: strings unchanged, numbers by their JSON text without an
/// exponent (<c>1E-05</c> is <c>0.00001</c>), booleans <c>true</c>/<c>false</c>. With a format: numbers (and numeric
/// strings) are formatted as numbers; other strings are read as dates and formatted in the target zone; blank is null.
/// </summary>
internal sealed class TextConverter(string? format, TemporalZones zones) : IValueConverter
{
    private const string PlainDecimal = "0.############################";

    private readonly TemporalReader _dates = new(null);

    public TransformResult Convert(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when format is null => TransformResult.Success(value),
        JsonValueKind.String => FormatText(value),
        JsonValueKind.Number => Written(FormatNumber(value.GetRawText(), format)),
        JsonValueKind.True => Written("true"),
        JsonValueKind.False => Written("false"),
        _ => TransformResult.Failure($"cannot convert {JsonValues.Describe(value)} to a string"),
    };

    private static TransformResult Written(string text) => TransformResult.Success(JsonValues.FromText(text));

    private static string FormatNumber(string text, string? numberFormat)
    {
        var hasExponent = text.AsSpan().ContainsAny('e', 'E');
        if (numberFormat is null && !hasExponent)
        {
            return text;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            return exact.ToString(numberFormat ?? PlainDecimal, CultureInfo.InvariantCulture);
        }

        var approximate = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return approximate.ToString(numberFormat ?? "R", CultureInfo.InvariantCulture);
    }

    private TransformResult FormatText(JsonElement value)
    {
        var text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            return TransformResult.Null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return Written(FormatNumber(text, format));
        }

        if (!_dates.TryRead(value, out var temporal, out _))
        {
            return TransformResult.Failure($"value '{text}' is neither a number nor a date to format with '{format}'");
        }

        try
        {
            var shown = temporal.Kind == TemporalValueKind.Date
                ? WallClock.ToInstant(temporal.Date.ToDateTime(TimeOnly.MinValue), zones.Target)
                : zones.InTarget(temporal);
            return Written(shown.ToString(format, CultureInfo.InvariantCulture));
        }
        catch (ArgumentOutOfRangeException)
        {
            return TransformResult.Failure($"value '{text}' is outside the supported date range");
        }
        catch (FormatException)
        {
            return TransformResult.Failure($"value '{text}' is a date, which the format '{format}' cannot write");
        }
    }
}
