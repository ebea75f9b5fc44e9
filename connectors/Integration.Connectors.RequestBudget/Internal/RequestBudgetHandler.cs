using Microsoft.Extensions.Logging;

namespace Integration.Connectors.RequestBudget.Internal;

/// <summary>
/// Waits for the budget before each request and teaches it from each response. Sits inside the
/// resilience handler, so every retry attempt is budgeted too.
/// </summary>
internal sealed class RequestBudgetHandler(
    RequestBudget budget,
    RateLimitHeaderNames headers,
    Func<HttpRequestMessage, bool> isSecondlyLimited,
    TimeProvider time,
    ILogger<RequestBudgetHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var lane = RequestBudgetRequestOptions.GetLane(request);
        var grant = await budget.AcquireAsync(lane, isSecondlyLimited(request), cancellationToken);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            // Even a failed request may have reached the vendor and been counted.
            budget.Answered(grant);
        }

        var pause = budget.Observe(RateLimitObservation.From(response, headers, time.GetUtcNow()));
        if (pause is { } paused)
        {
            RequestBudgetLog.Paused(logger, budget.Key, paused.TotalMilliseconds, request.RequestUri?.AbsolutePath);
        }

        return response;
    }
}
