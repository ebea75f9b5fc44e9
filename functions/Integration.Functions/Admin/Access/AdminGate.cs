using Azure;
using Integration.Functions.Admin.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Integration.Functions.Admin.Access;

/// <summary>
/// What every management function goes through: authentication (401 ProblemDetails with a
/// <c>WWW-Authenticate</c> challenge), then the function's work, with its known failures turned into
/// ProblemDetails and one log line per request naming the caller's safe identity (never a key or token).
/// </summary>
public sealed partial class AdminGate
{
    private readonly AdminAuthenticator _authenticator;
    private readonly ILogger<AdminGate> _logger;

    internal AdminGate(AdminAuthenticator authenticator, ILogger<AdminGate> logger)
    {
        _authenticator = authenticator;
        _logger = logger;
    }

    /// <summary>Runs <paramref name="work"/> for <paramref name="request"/> once the caller is authenticated.</summary>
    public async Task<IActionResult> RunAsync(HttpRequest request, string operation, Func<CancellationToken, Task<IActionResult>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(work);
        var caller = await _authenticator.AuthenticateAsync(request, cancellationToken);
        if (!caller.IsAuthenticated)
        {
            LogRefused(_logger, operation, caller.Refusal!);
            request.HttpContext.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{AdminAuthenticator.ApiKeyHeader}\", Bearer";
            return AdminProblem.Create(StatusCodes.Status401Unauthorized, "Unauthorized", caller.Refusal!);
        }

        try
        {
            var result = await work(cancellationToken);
            LogServed(_logger, operation, caller.Identity!, (result as IStatusCodeActionResult)?.StatusCode ?? StatusCodes.Status200OK);
            return result;
        }
        catch (AdminProblemException ex)
        {
            LogServed(_logger, operation, caller.Identity!, ex.Status);
            return AdminProblem.Create(ex.Status, ex.Title, ex.Message);
        }
        catch (AdminStoreUnavailableException ex)
        {
            LogUnavailable(_logger, operation, ex.Message);
            return AdminProblem.Create(StatusCodes.Status503ServiceUnavailable, "Store not connected", ex.Message);
        }
        catch (RequestFailedException ex)
        {
            LogStorageFailed(_logger, operation, ex.Status, ex.ErrorCode);
            return AdminProblem.Create(StatusCodes.Status503ServiceUnavailable, "Storage unavailable", $"Azure Storage answered {ex.Status} ({ex.ErrorCode ?? "no error code"}) while serving {operation}; retry later.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Management request {Operation} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string operation, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Management request {Operation} by {Caller} answered {Status}")]
    private static partial void LogServed(ILogger logger, string operation, string caller, int status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Management request {Operation} failed: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string operation, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Management request {Operation} failed: Azure Storage answered {Status} {ErrorCode}")]
    private static partial void LogStorageFailed(ILogger logger, string operation, int status, string? errorCode);
}
