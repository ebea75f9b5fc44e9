namespace Integration.Connectors.HubSpot.Errors;

/// <summary>
/// The one place that decides whether a HubSpot failure can succeed when retried: throttling
/// (429), a high-volume lock (423), a migration in progress (477), timeouts and server errors.
/// Validation, not-found, conflict and auth errors cannot.
/// </summary>
internal static class HubSpotRetryability
{
    public static bool IsRetryable(int statusCode, string? category) =>
        statusCode is 408 or 423 or 429 or 477 or >= 500
        || string.Equals(category, "RATE_LIMITS", StringComparison.Ordinal);
}
