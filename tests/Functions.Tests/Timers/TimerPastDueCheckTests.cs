using Integration.Functions.LocalHost.Timers;

namespace Integration.Functions.Tests.Timers;

public sealed class TimerPastDueCheckTests
{
    private static readonly TimerSchedule Hourly = TimerSchedule.Parse("Reconcile", "0 0 * * * *");

    public static TheoryData<string, int?, int?, int?, int, int, bool, bool> Cases => new()
    {
        // case, stored Last/Next/LastUpdated hours (null = never), now (hour), expected Next (hour), changed, past due
        { "no status: initialised from now", null, null, null, 10, 11, true, false },
        { "status on schedule, next ahead", 9, 10, 9, 9, 10, false, false },
        { "next passed while nobody ran", 8, 9, 8, 10, 9, false, true },
        { "never ran, next passed", null, 9, 8, 10, 9, false, true },
        { "schedule changed, recomputed from now", 8, 12, 8, 10, 11, true, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Stored_status_gives_the_platforms_next_occurrence_and_past_due(
        string @case, int? last, int? next, int? lastUpdated, int now, int expectedNext, bool changed, bool pastDue)
    {
        var stored = next is null ? null : new TimerScheduleStatus(At(last), At(next), At(lastUpdated));

        var check = TimerPastDueCheck.Evaluate(stored, At(now).AddMinutes(30), Hourly, TimeZoneInfo.Utc);

        Assert.True(
            (At(expectedNext), changed, pastDue) == (check.Status.Next, check.Changed, check.IsPastDue),
            $"{@case}: got Next {check.Status.Next:o}, changed {check.Changed}, past due {check.IsPastDue}");
    }

    private static DateTimeOffset At(int? hour) =>
        hour is { } h ? new DateTimeOffset(2026, 11, 29, h, 0, 0, TimeSpan.Zero) : TimerScheduleStatus.Never;
}
