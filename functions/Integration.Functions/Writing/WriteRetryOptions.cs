using System.ComponentModel.DataAnnotations;

namespace Integration.Functions.Writing;

/// <summary>
/// Commands a vendor answered with a retryable per-record failure (<c>Sync:Writes</c>): they are re-enqueued alone
/// (not the whole message, so written records are not written again) after <see cref="RetryDelay"/>, and
/// dead-lettered with code <c>retries-exhausted</c> after <see cref="MaxAttempts"/>.
/// </summary>
public sealed class WriteRetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Sync:Writes";

    /// <summary>Delay before retried commands are visible again (default 30 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per command before it is dead-lettered (default 5).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;
}
