using System.Globalization;
using System.Net;

namespace Integration.Connectors.RequestBudget.Internal;

/// <summary>What one response said about the budget: learned limits, and a pause on 429.</summary>
internal sealed record RateLimitObservation(
    bool Throttled,
    TimeSpan? RetryAfter,
    int? Max,
    int? Remaining,
    TimeSpan? Interval,
    long? Daily,
    long? DailyRemaining)
{
    public static RateLimitObservation From(HttpResponseMessage response, RateLimitHeaderNames names, DateTimeOffset now)
    {
        var throttled = response.StatusCode == HttpStatusCode.TooManyRequests;
        return new RateLimitObservation(
            throttled,
            throttled ? RetryAfterOf(response, now) : null,
            Clamp(Read(response, names.Max)),
            Clamp(Read(response, names.Remaining)),
            Read(response, names.IntervalMilliseconds) is { } ms and > 0 ? TimeSpan.FromMilliseconds(ms) : null,
            Read(response, names.Daily),
            Read(response, names.DailyRemaining));
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? (date > now ? date - now : TimeSpan.Zero) : null;
    }

    private static int? Clamp(long? value) => value is { } v ? (int)Math.Min(v, int.MaxValue) : null;

    private static long? Read(HttpResponseMessage response, string? name)
    {
        if (name is null || !response.Headers.TryGetValues(name, out var values))
        {
            return null;
        }

        var first = values.FirstOrDefault();
        return long.TryParse(first, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= int.MaxValue * 1000L
            ? value
            : null;
    }
}
