using Integration.Sandbox.Faults;
using Integration.Sandbox.HubSpot.Errors;
using Integration.Sandbox.HubSpot.RateLimits;
using Integration.Sandbox.HubSpot.Tenancy;

namespace Integration.Sandbox.HubSpot.Auth;

/// <summary>
/// Middleware before every matched <c>/crm/</c> endpoint: bearer token → portal and app (401 otherwise), rate
/// limits (429 with the policy's body; headers on every non-search answer), then injected faults.
/// </summary>
internal sealed class HubSpotRequestGate(HubSpotPortalRegistry portals, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var refusal = await AdmitAsync(http);
        if (refusal is not null)
        {
            await refusal.ExecuteAsync(http);
            return;
        }

        await next(http);
    }

    private async Task<IResult?> AdmitAsync(HttpContext http)
    {
        var token = BearerToken(http.Request);
        if (portals.ByToken(token) is not { } found)
        {
            return HubSpotError.Unauthorized();
        }

        var (portal, app) = found;
        var now = time.GetUtcNow();
        var path = http.Request.Path.Value ?? string.Empty;
        var isSearch = HttpMethods.IsPost(http.Request.Method) && path.EndsWith("/search", StringComparison.Ordinal);
        var decision = isSearch ? portal.Limits.AdmitSearch(token!, now) : portal.Limits.Admit(app.AppId, now);
        if (!isSearch)
        {
            RateLimitHeaders.Apply(http.Response, decision);
        }

        switch (decision.RefusedBy)
        {
            case RateDecision.Search:
                return HubSpotError.SearchRateLimited();
            case { } policy:
                return HubSpotError.RateLimited(policy);
        }

        var fault = portal.Faults.Decide(http.Request.Method, path);
        if (fault.Latency > TimeSpan.Zero)
        {
            await Task.Delay(fault.Latency, time, http.RequestAborted);
        }

        if (fault.Failure is { } rule)
        {
            return Render(rule);
        }

        new HubSpotCall(portal, app).Attach(http);
        return null;
    }

    private static IResult Render(FaultRule rule)
    {
        var status = rule.Status ?? 500;
        if (status == 429)
        {
            return HubSpotError.RateLimited(rule.ErrorCode ?? RateDecision.TenSecondly);
        }

        var category = rule.ErrorCode ?? status switch
        {
            423 => "LOCKED",
            >= 500 => "INTERNAL_ERROR",
            _ => "VALIDATION_ERROR",
        };
        return HubSpotError.Result(status, category, rule.Message ?? status switch
        {
            423 => "Locked: a high-volume sync is in progress; retry in 2 seconds.",
            502 or 504 => "The server timed out; please retry.",
            503 => "Service unavailable; please retry.",
            _ => "internal error",
        });
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
