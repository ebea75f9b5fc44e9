namespace Integration.Sandbox.HubSpot.RateLimits;

/// <summary>
/// The limiter's answer for one request: refused with a policy (<c>TEN_SECONDLY_ROLLING</c>, <c>DAILY</c>,
/// <c>SEARCH</c>) or admitted, and the counts for the <c>X-HubSpot-RateLimit-*</c> headers.
/// </summary>
internal sealed record RateDecision(string? RefusedBy, int Max, int Remaining, long DailyMax, long DailyRemaining)
{
    public const string TenSecondly = "TEN_SECONDLY_ROLLING";
    public const string Daily = "DAILY";
    public const string Search = "SEARCH";

    public bool Admitted => RefusedBy is null;
}
