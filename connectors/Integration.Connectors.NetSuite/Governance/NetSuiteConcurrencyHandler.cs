using System.Net;
using System.Threading.RateLimiting;
using Integration.Connectors.NetSuite.Diagnostics;
using Integration.Connectors.NetSuite.Errors;
using Microsoft.Extensions.Logging;

namespace Integration.Connectors.NetSuite.Governance;

/// <summary>
/// Holds one permit of the account's concurrency limiter for each request in flight, and retries
/// CONCURRENCY_LIMIT_EXCEEDED (another integration used the shared limit) after a jittered back-off,
/// without holding the permit while it waits.
/// </summary>
internal sealed class NetSuiteConcurrencyHandler(
    string account,
    ConcurrencyLimiter limiter,
    ConcurrencyBackoff backoff,
    int maxRetries,
    TimeProvider timeProvider,
    Func<double> jitter,
    ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await SendWithPermitAsync(request, cancellationToken);
            if (attempt > maxRetries || !await IsConcurrencyLimitAsync(response, cancellationToken))
            {
                return response;
            }

            response.Dispose();
            var delay = backoff.DelayFor(attempt, jitter());
            NetSuiteLog.ConcurrencyLimitRetry(
                logger, account, request.Method.Method, request.RequestUri?.AbsolutePath ?? "", attempt, maxRetries, (long)delay.TotalMilliseconds);
            await Task.Delay(delay, timeProvider, cancellationToken);
        }
    }

    private async Task<HttpResponseMessage> SendWithPermitAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException($"The concurrency limiter of NetSuite account {account} refused a permit.");
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private static async Task<bool> IsConcurrencyLimitAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.BadRequest))
        {
            return false;
        }

        var error = await NetSuiteErrorHandler.ReadAsync(response, cancellationToken);
        return error.IsConcurrencyLimit;
    }
}
