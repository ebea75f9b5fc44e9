using Integration.Sandbox.Faults;
using Integration.Sandbox.Salesforce.Auth;

namespace Integration.Sandbox.Salesforce.Rest;

/// <summary>
/// Middleware before every matched <c>/services/data/vNN.N/</c> endpoint (parameter binding reads its result, so
/// it cannot be an endpoint filter, which runs after binding): bearer token → org (401 INVALID_SESSION_ID), one
/// API call counted (403 REQUEST_LIMIT_EXCEEDED when spent; <c>Sforce-Limit-Info</c> on every answer), then
/// injected faults.
/// </summary>
internal sealed class ApiRequestGate(AccessTokenRegistry tokens, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var result = await AdmitAsync(http);
        if (result is not null)
        {
            await result.ExecuteAsync(http);
            return;
        }

        await next(http);
    }

    private async Task<IResult?> AdmitAsync(HttpContext http)
    {
        var org = tokens.Validate(BearerToken(http.Request));
        if (org is null)
        {
            return RestError.InvalidSession.ToResult();
        }

        var allowed = org.Usage.TryConsume(out var used, out var max);
        http.Response.Headers["Sforce-Limit-Info"] = $"api-usage={used}/{max}";
        if (!allowed)
        {
            return RestError.LimitExceeded.ToResult();
        }

        var decision = org.Faults.Decide(http.Request.Method, http.Request.Path.Value ?? string.Empty);
        if (decision.Latency > TimeSpan.Zero)
        {
            await Task.Delay(decision.Latency, time, http.RequestAborted);
        }

        if (decision.Failure is { } failure)
        {
            return Render(failure).ToResult();
        }

        var version = (http.Request.RouteValues["version"] as string) ?? string.Empty;
        var callOptions = http.Request.Headers[Streaming.ChangeEvents.ChangeOrigin.HeaderName].ToString();
        new SalesforceSession(org, version, time) { CallOptions = callOptions.Length == 0 ? null : callOptions }.Attach(http);
        return null;
    }

    private static RestError Render(FaultRule rule)
    {
        var status = rule.Status ?? 500;
        var code = rule.ErrorCode ?? status switch
        {
            503 => "SERVER_UNAVAILABLE",
            403 => "REQUEST_LIMIT_EXCEEDED",
            _ => "UNKNOWN_EXCEPTION",
        };
        var message = rule.Message ?? code switch
        {
            "UNABLE_TO_LOCK_ROW" => "unable to obtain exclusive access to this record or 1 records",
            "SERVER_UNAVAILABLE" => "Server is temporarily unavailable. Please retry your request.",
            "REQUEST_LIMIT_EXCEEDED" => "TotalRequests Limit exceeded.",
            _ => "An unexpected error occurred. Please include this ErrorId if you contact support: 0-0 (sandbox)",
        };
        return new RestError(status, code, message, code == "UNABLE_TO_LOCK_ROW" ? [] : null);
    }

    internal static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        foreach (var scheme in (string[])["Bearer ", "OAuth "])
        {
            if (header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return header[scheme.Length..].Trim();
            }
        }

        return null;
    }
}
