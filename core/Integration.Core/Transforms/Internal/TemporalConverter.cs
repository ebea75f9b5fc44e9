using System.Globalization;
using System.Text.Json;

namespace Integration.Core.Transforms.Internal;

/// <summary>
/// To a date (<c>yyyy-MM-dd</c>, the calendar day in the target zone) or a date-time
/// (<c>yyyy-MM-ddTHH:mm:ss.fffzzz</c> in the target zone; sub-millisecond digits are truncated). Blank is null.
/// </summary>
internal sealed class TemporalConverter(TemporalReader reader, TemporalZones zones, bool dateOnly) : IValueConverter
{
    public const string DateTimeFormat = "yyyy-MM-ddTHH:mm:ss.fffzzz";

    public TransformResult Convert(JsonElement value)
    {
        if (JsonValues.IsNullOrBlank(value))
        {
            return TransformResult.Null;
        }

        if (!reader.TryRead(value, out var temporal, out var error))
        {
            return TransformResult.Failure(error);
        }

        try
        {
            var written = dateOnly
                ? zones.ToDate(temporal).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : zones.InTarget(temporal).ToString(DateTimeFormat, CultureInfo.InvariantCulture);
            return TransformResult.Success(JsonValues.FromText(written));
        }
        catch (ArgumentOutOfRangeException)
        {
            return TransformResult.Failure($"value {JsonValues.Describe(value)} is outside the supported date range");
        }
    }
}
