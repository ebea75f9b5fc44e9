namespace Integration.Connectors.RequestBudget;

/// <summary>
/// The names of a vendor's rate-limit response headers; a null name is not read. The budget
/// learns its limits and remaining counts from them.
/// </summary>
/// <param name="Max">Requests allowed per interval (HubSpot <c>X-HubSpot-RateLimit-Max</c>).</param>
/// <param name="Remaining">Requests left in the current interval.</param>
/// <param name="IntervalMilliseconds">The interval's length in milliseconds.</param>
/// <param name="Daily">Requests allowed per day.</param>
/// <param name="DailyRemaining">Requests left today.</param>
public sealed record RateLimitHeaderNames(
    string? Max,
    string? Remaining,
    string? IntervalMilliseconds,
    string? Daily,
    string? DailyRemaining);
