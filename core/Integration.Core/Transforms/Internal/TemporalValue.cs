namespace Integration.Core.Transforms.Internal;

/// <summary>
/// A date or time read from a source value: a calendar date, an instant (the input carried an offset or was
/// epoch milliseconds), or a wall-clock time without an offset (to be read in the source time zone).
/// </summary>
internal readonly record struct TemporalValue(TemporalValueKind Kind, DateOnly Date, DateTimeOffset Instant, DateTime WallClock)
{
    public static TemporalValue OfDate(DateOnly date) => new(TemporalValueKind.Date, date, default, default);

    public static TemporalValue OfInstant(DateTimeOffset instant) => new(TemporalValueKind.Instant, default, instant, default);

    public static TemporalValue OfWallClock(DateTime wallClock) =>
        new(TemporalValueKind.WallClock, default, default, DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified));
}
