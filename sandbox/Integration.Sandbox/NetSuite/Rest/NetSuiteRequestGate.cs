using Integration.Sandbox.Faults;
using Integration.Sandbox.NetSuite.Auth;
using Integration.Sandbox.NetSuite.Tenancy;

namespace Integration.Sandbox.NetSuite.Rest;

/// <summary>
/// Middleware before every <c>/services/rest/</c> endpoint: TBA (401 INVALID_LOGIN), then the account's
/// concurrency governance (429 CONCURRENCY_LIMIT_EXCEEDED; the slot is held until the answer is written), then
/// injected faults.
/// </summary>
internal sealed partial class NetSuiteRequestGate(TbaVerifier verifier, TimeProvider time, ILogger<NetSuiteRequestGate> logger)
{
    private const string AccountKey = "netsuite.account";

    public static NetSuiteAccount Account(HttpContext http) => (NetSuiteAccount)http.Items[AccountKey]!;

    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var verdict = verifier.Verify(http.Request);
        if (verdict.Account is not { } account)
        {
            LogRejected(http.Request.Method, http.Request.Path, verdict.Reason ?? "unknown");
            await NetSuiteError.InvalidLogin.ToResult().ExecuteAsync(http);
            return;
        }

        if (!account.Governance.TryEnter())
        {
            await NetSuiteError.ConcurrencyLimitExceeded.ToResult().ExecuteAsync(http);
            return;
        }

        try
        {
            var decision = account.Faults.Decide(http.Request.Method, http.Request.Path.Value ?? string.Empty);
            if (decision.Latency > TimeSpan.Zero)
            {
                await Task.Delay(decision.Latency, time, http.RequestAborted);
            }

            if (decision.Failure is { } failure)
            {
                await Render(failure).ToResult().ExecuteAsync(http);
                return;
            }

            http.Items[AccountKey] = account;
            await next(http);
        }
        finally
        {
            account.Governance.Exit();
        }
    }

    private static NetSuiteError Render(FaultRule rule)
    {
        var status = rule.Status ?? 500;
        var code = rule.ErrorCode ?? status switch
        {
            429 => "CONCURRENCY_LIMIT_EXCEEDED",
            401 => "INVALID_LOGIN",
            503 => "SERVICE_UNAVAILABLE",
            _ => "UNEXPECTED_ERROR",
        };
        var detail = rule.Message ?? code switch
        {
            "CONCURRENCY_LIMIT_EXCEEDED" => NetSuiteError.ConcurrencyLimitExceeded.Detail,
            "INVALID_LOGIN" => NetSuiteError.InvalidLoginDetail,
            _ => "An unexpected error occurred. Error ID: sandbox-fault",
        };
        return new NetSuiteError(status, code, detail);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "NetSuite TBA refused {Method} {Path}: {Reason}")]
    private partial void LogRejected(string method, PathString path, string reason);
}
