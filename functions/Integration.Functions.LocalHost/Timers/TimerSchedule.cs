using System.Globalization;
using Cronos;

namespace Integration.Functions.LocalHost.Timers;

/// <summary>
/// A timer trigger's schedule as the platform accepts it (WebJobs <c>TimerSchedule.Create</c>): an NCRONTAB
/// expression, six fields <c>{second} {minute} {hour} {day} {month} {day-of-week}</c> (five fields, without
/// seconds, are accepted too), else a <see cref="TimeSpan"/> string such as <c>00:30:00</c> meaning a constant
/// interval counted from the previous run.
/// </summary>
internal sealed class TimerSchedule
{
    private static readonly DateTimeOffset ProbeTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly CronExpression? _cron;
    private readonly TimeSpan _interval;

    private TimerSchedule(string expression, CronExpression? cron, TimeSpan interval, bool moreThanOncePerMinute)
    {
        Expression = expression;
        _cron = cron;
        _interval = interval;
        IsMoreThanOncePerMinute = moreThanOncePerMinute;
    }

    /// <summary>The expression as given.</summary>
    public string Expression { get; }

    /// <summary>
    /// True for schedules that fire more than once a minute; the platform then turns schedule monitoring off
    /// even when <c>UseMonitor</c> is true (a <c>X * * * * *</c> cron with several occurrences in a minute, or an
    /// interval under one minute).
    /// </summary>
    public bool IsMoreThanOncePerMinute { get; }

    /// <summary>Parses <paramref name="expression"/> (already <c>%Setting%</c>-resolved).</summary>
    /// <exception cref="ArgumentException">The expression is neither form; the message names the function and the expression.</exception>
    public static TimerSchedule Parse(string functionName, string expression)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(functionName);
        var fields = (expression ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is 5 or 6)
        {
            return ParseCron(functionName, expression!, fields);
        }

        if (TimeSpan.TryParse(expression, CultureInfo.InvariantCulture, out var interval) && interval > TimeSpan.Zero)
        {
            return new TimerSchedule(expression!, null, interval, interval < TimeSpan.FromMinutes(1));
        }

        throw Invalid(functionName, expression, "it is neither a six-field NCRONTAB expression '{second} {minute} {hour} {day} {month} {day-of-week}' nor a positive TimeSpan 'hh:mm:ss'", null);
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, in <paramref name="zone"/> (daylight saving handled by Cronos).</summary>
    public DateTimeOffset GetNextOccurrence(DateTimeOffset after, TimeZoneInfo zone)
    {
        if (_cron is null)
        {
            return after + _interval;
        }

        return _cron.GetNextOccurrence(after, zone)
            ?? throw new InvalidOperationException($"Schedule '{Expression}' has no occurrence after {after:o}.");
    }

    /// <inheritdoc />
    public override string ToString() => Expression;

    private static TimerSchedule ParseCron(string functionName, string expression, string[] fields)
    {
        CronExpression cron;
        try
        {
            cron = CronExpression.Parse(string.Join(' ', fields), fields.Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
        }
        catch (CronFormatException ex)
        {
            throw Invalid(functionName, expression, ex.Message, ex);
        }

        if (cron.GetNextOccurrence(ProbeTime, TimeZoneInfo.Utc) is null)
        {
            throw Invalid(functionName, expression, "it never occurs", null);
        }

        // Only a schedule whose minute-and-above fields are all wildcards can fire more than once a minute.
        var subMinute = fields.Length == 6
            && fields.Skip(1).All(field => field == "*")
            && cron.GetOccurrences(ProbeTime, ProbeTime.AddMinutes(1), TimeZoneInfo.Utc, fromInclusive: false, toInclusive: true).Skip(1).Any();
        return new TimerSchedule(expression, cron, TimeSpan.Zero, subMinute);
    }

    private static ArgumentException Invalid(string functionName, string? expression, string reason, Exception? inner) =>
        new($"Timer function '{functionName}' has an invalid schedule '{expression}': {reason}.", nameof(expression), inner);
}
