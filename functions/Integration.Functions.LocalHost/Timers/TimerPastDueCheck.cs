namespace Integration.Functions.LocalHost.Timers;

/// <summary>
/// What a timer listener does with the stored status when it starts (the platform's
/// <c>ScheduleMonitor.CheckPastDueAsync</c>): initialise a missing status; recompute <c>Next</c> when the
/// schedule changed since it was stored (never making a changed schedule past due); and report past due when
/// the recorded next occurrence has passed while no instance ran the timer.
/// </summary>
/// <param name="Status">The status to continue from.</param>
/// <param name="Changed">Whether <paramref name="Status"/> differs from the stored one and should be written.</param>
/// <param name="IsPastDue">Whether the recorded next occurrence has already passed.</param>
internal sealed record TimerPastDueCheck(TimerScheduleStatus Status, bool Changed, bool IsPastDue)
{
    /// <summary>Evaluates <paramref name="stored"/> (null when none was recorded) at <paramref name="now"/>.</summary>
    public static TimerPastDueCheck Evaluate(TimerScheduleStatus? stored, DateTimeOffset now, TimerSchedule schedule, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(zone);
        var never = TimerScheduleStatus.Never;
        if (stored is null)
        {
            var initial = new TimerScheduleStatus(never, schedule.GetNextOccurrence(now, zone), now);
            return new TimerPastDueCheck(initial, Changed: true, IsPastDue: false);
        }

        // The stored Next was computed from Last (after a run) or LastUpdated (before the first run).
        var basis = stored.Last != never ? stored.Last : stored.LastUpdated != never ? stored.LastUpdated : now;
        var expected = schedule.GetNextOccurrence(basis, zone);
        var status = stored;
        var changed = false;
        if (stored.Next != expected)
        {
            if (now > expected)
            {
                basis = now;
                expected = schedule.GetNextOccurrence(now, zone);
            }

            status = new TimerScheduleStatus(never, expected, basis);
            changed = true;
        }

        return new TimerPastDueCheck(status, changed, IsPastDue: now > status.Next);
    }
}
