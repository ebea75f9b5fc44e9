using System.ComponentModel.DataAnnotations;

namespace Integration.Connectors.Salesforce;

/// <summary>
/// Settings of the Salesforce connector, bound from the <see cref="SectionName"/> section with unknown
/// keys as errors and validated when the host starts.
/// </summary>
public sealed class SalesforceOptions
{
    /// <summary>The configuration section the options bind from: <c>Salesforce</c>.</summary>
    public const string SectionName = "Salesforce";

    /// <summary>The named connections (<c>Salesforce:Connections:&lt;name&gt;</c>) a plan system's <c>connection</c> refers to. At least one.</summary>
    public Dictionary<string, SalesforceConnectionOptions> Connections { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Retry, circuit breaker and timeouts of every REST call.</summary>
    public SalesforceResilienceOptions Resilience { get; init; } = new();

    /// <summary>The Change Data Capture feed (<c>Salesforce:Streaming</c>).</summary>
    public SalesforceStreamingOptions Streaming { get; init; } = new();

    /// <summary>
    /// The longest request URL a query may produce, in characters. Salesforce answers 414 above 16,384
    /// bytes (REST API "Status Codes and Error Responses"); reads by id split their <c>IN</c> lists to stay
    /// under this. Default 16,000.
    /// </summary>
    [Range(2_000, 16_384)]
    public int MaxQueryUrlLength { get; init; } = 16_000;

    /// <summary>Rows per query page, sent as <c>Sforce-Query-Options: batchSize=N</c>; Salesforce takes 200 to 2,000. Default 2,000.</summary>
    [Range(200, 2_000)]
    public int QueryBatchSize { get; init; } = 2_000;

    /// <summary>How many times a collection write re-sends only the records that failed with a retryable per-record error (<c>UNABLE_TO_LOCK_ROW</c>). Default 5.</summary>
    [Range(0, 20)]
    public int RecordRetryAttempts { get; init; } = 5;

    /// <summary>The first back-off before re-sending locked records; doubled each attempt, with jitter. Default 500 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RecordRetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);
}
