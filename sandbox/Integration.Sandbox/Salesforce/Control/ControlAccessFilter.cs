using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Integration.Sandbox.Salesforce.Control;

/// <summary>
/// Guards <c>/_sandbox/...</c>: with an admin key configured every call needs it in <c>X-Sandbox-Key</c>;
/// without one, only loopback callers are served.
/// </summary>
internal sealed class ControlAccessFilter(string? adminKey) : IEndpointFilter
{
    public const string HeaderName = "X-Sandbox-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var allowed = adminKey is null
            ? http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
            : CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(adminKey), Encoding.UTF8.GetBytes(http.Request.Headers[HeaderName].ToString()));
        return allowed
            ? next(context)
            : ValueTask.FromResult<object?>(Results.Json(new { error = adminKey is null ? "control API is served to loopback callers only" : $"missing or wrong {HeaderName}" }, statusCode: 403));
    }
}
