using System.Net;
using Polly;
using Polly.Timeout;

namespace Integration.Connectors.Salesforce.Http;

/// <summary>
/// The one place that decides which Salesforce failures are worth retrying: server faults, timeouts and
/// row-lock contention are; validation errors and a spent daily API budget are not.
/// </summary>
internal static class SalesforceRetryability
{
    /// <summary>The per-record and whole-request code of row-lock contention; retrying succeeds once the lock is released.</summary>
    public const string UnableToLockRow = "UNABLE_TO_LOCK_ROW";

    /// <summary>The daily (24-hour) API allowance is spent: retrying only burns more of nothing.</summary>
    public const string RequestLimitExceeded = "REQUEST_LIMIT_EXCEEDED";

    /// <summary>Whether a refused request may succeed when sent again.</summary>
    public static bool IsRetryable(HttpStatusCode status, string errorCode)
    {
        if (errorCode == RequestLimitExceeded)
        {
            return false;
        }

        if (errorCode == UnableToLockRow)
        {
            return true;
        }

        var code = (int)status;
        return code >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
    }

    /// <summary>Whether a per-record error of a collection write may succeed when that record is sent again.</summary>
    public static bool IsRetryableRecordError(string statusCode) => statusCode == UnableToLockRow;

    /// <summary>Whether an attempt's outcome is a transient failure (counts for the circuit breaker).</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome.Exception switch
    {
        SalesforceApiException vendor => vendor.IsRetryable,
        HttpRequestException or TimeoutRejectedException => true,
        null => outcome.Result is { } response && IsRetryable(response.StatusCode, ""),
        _ => false,
    };

    /// <summary>
    /// Whether to retry an attempt: transient, and not a plain create. A POST to the REST API creates
    /// records and is not idempotent; queries are GETs and upserts by external id are PATCHes.
    /// </summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, bool retryPost) =>
        (retryPost || request?.Method != HttpMethod.Post) && IsTransient(outcome);
}
