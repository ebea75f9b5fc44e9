using System.Globalization;
using System.Text.Json;

namespace Integration.Core.Transforms.Internal;

/// <summary>
/// Reads dates and times from source values. Without a format: <c>yyyy-MM-dd</c> (a date); ISO 8601 date-times
/// with <c>T</c> or a space, seconds optional, up to 7 fraction digits, and an offset (<c>Z</c>, <c>+05:30</c>, or
/// Salesforce's <c>+0000</c>) or none (a wall-clock time); epoch milliseconds as a JSON number or a string of
/// digits (HubSpot). With a format: strings are read with that exact .NET format only (numbers stay epoch
/// milliseconds); a format without time fields reads a date.
/// </summary>
internal sealed class TemporalReader(string? format)
{
    private const string Expected = "expected yyyy-MM-dd, an ISO 8601 date-time or epoch milliseconds";

    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-ddTHH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK",
    ];

    private readonly bool _formatReadsTime = format is not null && FormatShape.HasTimeFields(format);

    /// <summary>Reads a non-null value; blank strings are the caller's concern.</summary>
    public bool TryRead(JsonElement value, out TemporalValue result, out string error)
    {
        result = default;
        error = string.Empty;
        if (value.ValueKind == JsonValueKind.Number)
        {
            return TryReadEpoch(value.GetRawText(), out result, out error);
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            error = $"{JsonValues.Describe(value)} is not a date ({Expected})";
            return false;
        }

        var text = value.GetString()!.Trim();
        if (format is not null)
        {
            if (DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                result = Classify(parsed, _formatReadsTime);
                return true;
            }

            error = $"value '{text}' does not match the format '{format}'";
            return false;
        }

        if (text.Length > 0 && text.TrimStart('-').All(char.IsAsciiDigit))
        {
            return TryReadEpoch(text, out result, out error);
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            result = TemporalValue.OfDate(date);
            return true;
        }

        if (DateTime.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var dateTime))
        {
            result = Classify(dateTime, readsTime: true);
            return true;
        }

        error = $"value '{text}' is not a date ({Expected})";
        return false;
    }

    private static TemporalValue Classify(DateTime parsed, bool readsTime) => parsed.Kind switch
    {
        DateTimeKind.Utc => TemporalValue.OfInstant(new DateTimeOffset(parsed, TimeSpan.Zero)),
        _ when !readsTime => TemporalValue.OfDate(DateOnly.FromDateTime(parsed)),
        _ => TemporalValue.OfWallClock(parsed),
    };

    private static bool TryReadEpoch(string text, out TemporalValue result, out string error)
    {
        result = default;
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds)
            || milliseconds != decimal.Truncate(milliseconds)
            || milliseconds < DateTimeOffset.MinValue.ToUnixTimeMilliseconds()
            || milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            error = $"number {text} is not epoch milliseconds (a whole number within years 0001-9999)";
            return false;
        }

        error = string.Empty;
        result = TemporalValue.OfInstant(DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds));
        return true;
    }
}
