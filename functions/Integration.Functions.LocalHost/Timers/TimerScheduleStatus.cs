using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.LocalHost.Timers;

/// <summary>
/// The persisted schedule status of one timer (the platform's <c>ScheduleStatus</c>): the last occurrence run,
/// the next expected one, and the time <see cref="Next"/> was computed from. <see cref="Never"/> stands for
/// "not yet".
/// </summary>
internal sealed record TimerScheduleStatus(DateTimeOffset Last, DateTimeOffset Next, DateTimeOffset LastUpdated)
{
    /// <summary>The value of <see cref="Last"/> and <see cref="LastUpdated"/> before the first run.</summary>
    public static DateTimeOffset Never => DateTimeOffset.MinValue;

    /// <summary>The worker's <see cref="ScheduleStatus"/>, in <paramref name="zone"/> as the platform reports local times.</summary>
    public ScheduleStatus ToWorkerStatus(TimeZoneInfo zone) => new()
    {
        Last = InZone(Last, zone),
        Next = InZone(Next, zone),
        LastUpdated = InZone(LastUpdated, zone),
    };

    private static DateTime InZone(DateTimeOffset value, TimeZoneInfo zone)
    {
        if (value == Never)
        {
            return default;
        }

        if (zone == TimeZoneInfo.Utc)
        {
            return value.UtcDateTime;
        }

        var local = TimeZoneInfo.ConvertTime(value, zone).DateTime;
        return zone == TimeZoneInfo.Local ? DateTime.SpecifyKind(local, DateTimeKind.Local) : local;
    }
}
