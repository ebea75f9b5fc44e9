using System.Globalization;

namespace Integration.Sandbox.HubSpot.RateLimits;

/// <summary>
/// Writes <c>X-HubSpot-RateLimit-Max</c>, <c>-Remaining</c>, <c>-Interval-Milliseconds</c>, <c>-Daily</c> and
/// <c>-Daily-Remaining</c> (private-app tokens get the daily pair). Search responses carry none of them.
/// </summary>
internal static class RateLimitHeaders
{
    public static void Apply(HttpResponse response, RateDecision decision)
    {
        var headers = response.Headers;
        headers["X-HubSpot-RateLimit-Max"] = decision.Max.ToString(CultureInfo.InvariantCulture);
        headers["X-HubSpot-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-HubSpot-RateLimit-Interval-Milliseconds"] = "10000";
        headers["X-HubSpot-RateLimit-Daily"] = decision.DailyMax.ToString(CultureInfo.InvariantCulture);
        headers["X-HubSpot-RateLimit-Daily-Remaining"] = decision.DailyRemaining.ToString(CultureInfo.InvariantCulture);
    }
}
