namespace Integration.Core.Transforms.Internal;

/// <summary>
/// The zones of a date or date-time conversion: wall-clock inputs (and date-only inputs read as instants) are read
/// in <paramref name="Source"/>; results are expressed in <paramref name="Target"/>.
/// </summary>
internal sealed record TemporalZones(TimeZoneInfo Source, TimeZoneInfo Target)
{
    /// <summary>The instant a value denotes; a date-only value is midnight in the source zone.</summary>
    public DateTimeOffset ToInstant(TemporalValue value) => value.Kind switch
    {
        TemporalValueKind.Instant => value.Instant,
        TemporalValueKind.Date => WallClock.ToInstant(value.Date.ToDateTime(TimeOnly.MinValue), Source),
        _ => WallClock.ToInstant(value.WallClock, Source),
    };

    /// <summary>The instant as the target zone's clock shows it.</summary>
    public DateTimeOffset InTarget(TemporalValue value) => WallClock.InZone(ToInstant(value), Target);

    /// <summary>The calendar date: a date-only value stays that date; anything else is its day in the target zone.</summary>
    public DateOnly ToDate(TemporalValue value) => value.Kind == TemporalValueKind.Date
        ? value.Date
        : DateOnly.FromDateTime(InTarget(value).DateTime);
}
