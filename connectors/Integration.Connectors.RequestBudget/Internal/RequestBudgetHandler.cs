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
        await budget.AcquireAsync(lane, isSecondlyLimited(request), cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        var pause = budget.Observe(RateLimitObservation.From(response, headers, time.GetUtcNow()));
        if (pause is { } paused)
        {
            RequestBudgetLog.Paused(logger, budget.Key, paused.TotalMilliseconds, request.RequestUri?.AbsolutePath);
        }

        return response;
    }
}
