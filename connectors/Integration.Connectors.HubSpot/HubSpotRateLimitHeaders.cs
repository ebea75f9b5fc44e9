using Integration.Connectors.RequestBudget;

namespace Integration.Connectors.HubSpot;

/// <summary>HubSpot's rate-limit headers (search responses carry none; OAuth calls carry no daily ones).</summary>
internal static class HubSpotRateLimitHeaders
{
    public static readonly RateLimitHeaderNames Names = new(
        Max: "X-HubSpot-RateLimit-Max",
        Remaining: "X-HubSpot-RateLimit-Remaining",
        IntervalMilliseconds: "X-HubSpot-RateLimit-Interval-Milliseconds",
        Daily: "X-HubSpot-RateLimit-Daily",
        DailyRemaining: "X-HubSpot-RateLimit-Daily-Remaining");

    /// <summary>Search has its own per-second limit.</summary>
    public static bool IsSearch(HttpRequestMessage request) =>
        request.RequestUri?.AbsolutePath.EndsWith("/search", StringComparison.Ordinal) == true;
}
