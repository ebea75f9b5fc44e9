using Integration.Functions.LocalHost.Catalog;
using Integration.Functions.LocalHost.Invocation;
using Integration.Functions.LocalHost.Keys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;

namespace Integration.Functions.LocalHost.Http;

/// <summary>
/// Serves one request to an HTTP function: key check (401 with an empty body, as the Functions host answers),
/// invocation with the request's abort token, then the result executed against the response: an
/// <see cref="IActionResult"/>, an <see cref="IResult"/>, or any other value as JSON; a failure answers 500.
/// </summary>
public sealed class HttpFunctionHandler(FunctionInvoker invoker, FunctionKeys keys)
{
    /// <summary>The header the Functions host reads a key from.</summary>
    public const string KeyHeader = "x-functions-key";

    /// <summary>The query parameter the Functions host reads a key from.</summary>
    public const string KeyQuery = "code";

    private const string Reason = "This function was programmatically called via the host APIs.";

    /// <summary>Handles <paramref name="context"/> for <paramref name="function"/>.</summary>
    public async Task HandleAsync(HttpContext context, FunctionDescriptor function, HttpFunctionTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(trigger);
        var presented = context.Request.Headers[KeyHeader].FirstOrDefault() ?? context.Request.Query[KeyQuery].FirstOrDefault();
        if (!keys.IsAuthorized(function.Name, trigger.AuthLevel, presented))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var routeValues = context.Request.RouteValues.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        var result = await invoker.InvokeAsync(function, new InvocationRequest(context.Request, Reason, routeValues), context.RequestAborted);
        if (!result.Succeeded)
        {
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            }

            return;
        }

        await WriteAsync(context, result.ReturnValue);
    }

    private static Task WriteAsync(HttpContext context, object? value) => value switch
    {
        null => Task.CompletedTask,
        IActionResult action => action.ExecuteResultAsync(ActionContextFor(context)),
        IResult result => result.ExecuteAsync(context),
        _ => new OkObjectResult(value).ExecuteResultAsync(ActionContextFor(context)),
    };

    private static ActionContext ActionContextFor(HttpContext context) =>
        new(context, context.GetRouteData(), new ActionDescriptor());
}
