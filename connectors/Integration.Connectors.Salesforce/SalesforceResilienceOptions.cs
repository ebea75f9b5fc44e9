using System.ComponentModel.DataAnnotations;

namespace Integration.Connectors.Salesforce;

/// <summary>Retry, circuit breaker and timeouts around every Salesforce REST call (<c>Salesforce:Resilience</c>).</summary>
public sealed class SalesforceResilienceOptions
{
    /// <summary>Retries after the first attempt for transient failures (5xx, 408, 429, timeouts, whole-request <c>UNABLE_TO_LOCK_ROW</c>). Plain creates (POST) are never retried. Default 4.</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; init; } = 4;

    /// <summary>The first retry's delay; grows exponentially with jitter. Default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest one attempt may take. Default 60 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The longest a call may take, retries and back-off included; must exceed <see cref="AttemptTimeout"/>. Default 3 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:30:00")]
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>The share of failed calls within <see cref="BreakerSamplingDuration"/> that opens the circuit. Default 0.5.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; init; } = 0.5;

    /// <summary>The fewest calls within <see cref="BreakerSamplingDuration"/> before the breaker may open. Default 20.</summary>
    [Range(2, 10_000)]
    public int BreakerMinimumThroughput { get; init; } = 20;

    /// <summary>The window over which failures are counted. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before a trial call. Default 15 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(15);
}
