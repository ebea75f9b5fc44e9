using Integration.Connectors.Salesforce.Api;
using Integration.Connectors.Salesforce.Http;
using Microsoft.Extensions.Logging;

namespace Integration.Connectors.Salesforce.Records;

/// <summary>
/// Sends a collection batch and re-sends, after a jittered exponential back-off, only the records whose
/// result is a retryable per-record error (<c>UNABLE_TO_LOCK_ROW</c>); other results are final.
/// </summary>
internal sealed class SalesforceRecordRetry(
    string connection,
    int maxAttempts,
    TimeSpan baseDelay,
    TimeProvider timeProvider,
    ILogger logger)
{
    /// <summary>Calls <paramref name="send"/> with batch positions and hands each final result to <paramref name="accept"/>.</summary>
    public async Task RunAsync(
        string objectName,
        IReadOnlyList<int> positions,
        Func<IReadOnlyList<int>, CancellationToken, Task<IReadOnlyList<SalesforceSaveResult>>> send,
        Action<int, SalesforceSaveResult> accept,
        CancellationToken cancellationToken)
    {
        var pending = positions;
        for (var attempt = 0; ; attempt++)
        {
            var results = await send(pending, cancellationToken);
            if (results.Count != pending.Count)
            {
                throw new InvalidOperationException($"Salesforce returned {results.Count} results for {pending.Count} {objectName} records; results must come one per record, in order.");
            }

            var again = new List<int>();
            for (var i = 0; i < results.Count; i++)
            {
                if (attempt < maxAttempts && IsRetryable(results[i]))
                {
                    again.Add(pending[i]);
                }
                else
                {
                    accept(pending[i], results[i]);
                }
            }

            if (again.Count == 0)
            {
                return;
            }

            var delay = Backoff(attempt);
            SalesforceLog.RecordRetry(logger, connection, again.Count, objectName, delay, attempt + 1);
            await Task.Delay(delay, timeProvider, cancellationToken);
            pending = again;
        }
    }

    private static bool IsRetryable(SalesforceSaveResult result) =>
        !result.Success && result.Errors is { Count: > 0 } errors && errors.All(e => SalesforceRetryability.IsRetryableRecordError(e.StatusCode));

    private TimeSpan Backoff(int attempt)
    {
#pragma warning disable CA5394 // Jitter spreads retries; it needs no cryptographic randomness.
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
#pragma warning restore CA5394
        return TimeSpan.FromTicks((long)(baseDelay.Ticks * Math.Pow(2, attempt) * jitter));
    }
}
