using System.ComponentModel.DataAnnotations;

namespace Integration.Connectors.HubSpot;

/// <summary>
/// Retries of failed calls (<c>HubSpot:Resilience</c>): 5xx, 408, 423, 429, 477, timeouts and
/// connection failures are retried with exponential back-off and jitter, honouring
/// <c>Retry-After</c>; other 4xx (validation, not found, conflict) are not.
/// </summary>
public sealed class HubSpotResilienceOptions
{
    /// <summary>Retries after the first attempt, 0 to 10. Default 5.</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>The first back-off delay, doubled per retry (with jitter). Default 1 second.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one attempt may take once the budget let it go. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
