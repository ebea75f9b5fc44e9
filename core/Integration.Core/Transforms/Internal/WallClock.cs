namespace Integration.Core.Transforms.Internal;

/// <summary>
/// Reads a wall-clock time in a time zone, deterministically across daylight-saving changes:
/// a time that occurs twice (clocks go back) is the earlier instant (the offset in force before the change);
/// a time that never occurs (clocks go forward) is read with the offset in force before the gap, so it lands
/// after the gap by the gap's length (02:30 on a spring-forward night in New York is 03:30 EDT).
/// </summary>
internal static class WallClock
{
    public static DateTimeOffset ToInstant(DateTime wallClock, TimeZoneInfo zone)
    {
        var wall = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        var around = DateTime.SpecifyKind(wall, DateTimeKind.Utc);
        var before = zone.GetUtcOffset(around.Ticks > TimeSpan.TicksPerDay ? around.AddDays(-1) : around);
        var after = zone.GetUtcOffset(around < DateTime.MaxValue.AddDays(-1) ? around.AddDays(1) : around);

        // The larger offset gives the earlier instant; try it first so ambiguous times resolve to it.
        var (first, second) = before >= after ? (before, after) : (after, before);
        foreach (var offset in (ReadOnlySpan<TimeSpan>)[first, second])
        {
            var candidate = new DateTimeOffset(wall, offset);
            if (zone.GetUtcOffset(candidate) == offset)
            {
                return candidate;
            }
        }

        return new DateTimeOffset(wall, before);
    }

    public static DateTimeOffset InZone(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);
}
