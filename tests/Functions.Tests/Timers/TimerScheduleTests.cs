using Integration.Functions.LocalHost.Timers;

namespace Integration.Functions.Tests.Timers;

public sealed class TimerScheduleTests
{
    [Theory]
    [InlineData("0 */5 * * * *", "2026-11-29T10:02:30Z", "2026-11-29T10:05:00Z")]
    [InlineData("*/1 * * * * *", "2026-11-29T10:02:30Z", "2026-11-29T10:02:31Z")]
    [InlineData("30 0 9 * * 1-5", "2026-11-28T10:00:00Z", "2026-11-30T09:00:30Z")]
    [InlineData("0 0 * * *", "2026-11-29T10:02:30Z", "2026-11-30T00:00:00Z")]
    [InlineData("00:00:10", "2026-11-29T10:02:30Z", "2026-11-29T10:02:40Z")]
    [InlineData("1.00:00:00", "2026-11-29T10:02:30Z", "2026-11-30T10:02:30Z")]
    public void Next_occurrence_follows_the_cron_or_the_interval(string expression, string after, string expected)
    {
        var schedule = TimerSchedule.Parse("Reconcile", expression);

        var next = schedule.GetNextOccurrence(DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture), TimeZoneInfo.Utc);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Fact]
    public void Occurrence_itself_is_not_its_own_next_occurrence()
    {
        var schedule = TimerSchedule.Parse("Reconcile", "0 * * * * *");
        var occurrence = new DateTimeOffset(2026, 11, 29, 10, 1, 0, TimeSpan.Zero);

        Assert.Equal(occurrence.AddMinutes(1), schedule.GetNextOccurrence(occurrence, TimeZoneInfo.Utc));
    }

    [Theory]
    [InlineData("*/1 * * * * *", true)]
    [InlineData("*/30 * * * * *", true)]
    [InlineData("0 * * * * *", false)]
    [InlineData("0,30 */1 * * * *", false)]
    [InlineData("0 0 * * *", false)]
    [InlineData("00:00:30", true)]
    [InlineData("00:01:00", false)]
    public void More_than_once_a_minute_is_detected_as_the_platform_does(string expression, bool expected)
    {
        Assert.Equal(expected, TimerSchedule.Parse("Reconcile", expression).IsMoreThanOncePerMinute);
    }
}
