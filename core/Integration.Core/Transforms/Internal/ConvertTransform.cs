using System.Globalization;
using System.Text.Json;

namespace Integration.Core.Transforms.Internal;

/// <summary>
/// <c>convert</c>: a value converted to the spec's target type; null stays null. Settings that the target does not
/// use (a scale on a date, a time zone on a number) are rejected when the transform is created, not ignored.
/// </summary>
internal sealed class ConvertTransform : SingleValueTransform
{
    private const int MaxDecimalScale = 28;

    private readonly ConvertTransformSpec _spec;
    private readonly IValueConverter _converter;

    public ConvertTransform(ConvertTransformSpec spec)
    {
        _spec = spec;
        var target = PlanName(spec.To);
        ValidateScale(spec, target);
        ValidateFormat(spec, target);
        var temporal = spec.To is ConvertTarget.Text or ConvertTarget.Date or ConvertTarget.DateTime;
        if (!temporal && (spec.SourceTimeZone is not null || spec.TimeZone is not null))
        {
            throw new ArgumentException($"convert to {target} takes no time zone (sourceTimeZone, timeZone).", nameof(spec));
        }

        var zones = new TemporalZones(
            TimeZoneSetting.Find(spec.SourceTimeZone, "sourceTimeZone"),
            TimeZoneSetting.Find(spec.TimeZone, "timeZone"));
        _converter = spec.To switch
        {
            ConvertTarget.Text => new TextConverter(spec.Format, zones),
            ConvertTarget.Number => new NumberConverter(),
            ConvertTarget.ExactDecimal => new DecimalConverter(spec.Scale, spec.Rounding),
            ConvertTarget.Bool => new BoolConverter(),
            _ => new TemporalConverter(new TemporalReader(spec.Format), zones, dateOnly: spec.To == ConvertTarget.Date),
        };
    }

    public override TransformSpec Spec => _spec;

    protected override TransformResult Apply(JsonElement value, TransformInput input) =>
        JsonValues.IsNull(value) ? TransformResult.Null : _converter.Convert(value);

    private static string PlanName(ConvertTarget target) => target switch
    {
        ConvertTarget.Text => "string",
        ConvertTarget.Number => "number",
        ConvertTarget.ExactDecimal => "decimal",
        ConvertTarget.Bool => "bool",
        ConvertTarget.Date => "date",
        ConvertTarget.DateTime => "datetime",
        _ => throw new ArgumentException($"convert to {(int)target} is not a known target type.", nameof(target)),
    };

    private static void ValidateScale(ConvertTransformSpec spec, string target)
    {
        if (!Enum.IsDefined(spec.Rounding))
        {
            throw new ArgumentException($"convert rounding {(int)spec.Rounding} is not one of halfEven, halfUp, down.", nameof(spec));
        }

        if (spec.Scale is not { } scale)
        {
            return;
        }

        if (spec.To != ConvertTarget.ExactDecimal)
        {
            throw new ArgumentException($"convert to {target} takes no scale; scale applies to decimal.", nameof(spec));
        }

        if (scale is < 0 or > MaxDecimalScale)
        {
            throw new ArgumentException($"convert scale is {scale}; it must be between 0 and {MaxDecimalScale}.", nameof(spec));
        }
    }

    private static void ValidateFormat(ConvertTransformSpec spec, string target)
    {
        if (spec.Format is null)
        {
            return;
        }

        if (spec.To is not (ConvertTarget.Text or ConvertTarget.Date or ConvertTarget.DateTime))
        {
            throw new ArgumentException($"convert to {target} takes no format; format applies to string, date and datetime.", nameof(spec));
        }

        if (string.IsNullOrWhiteSpace(spec.Format))
        {
            throw new ArgumentException("convert format must not be blank; leave it out for the standard forms.", nameof(spec));
        }

        if (!FormatsDates(spec.Format) && (spec.To != ConvertTarget.Text || !FormatsNumbers(spec.Format)))
        {
            throw new ArgumentException($"convert format '{spec.Format}' is not a valid .NET format string.", nameof(spec));
        }
    }

    private static bool FormatsDates(string format)
    {
        try
        {
            _ = DateTimeOffset.UnixEpoch.ToString(format, CultureInfo.InvariantCulture);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool FormatsNumbers(string format)
    {
        try
        {
            _ = 1.5m.ToString(format, CultureInfo.InvariantCulture);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
