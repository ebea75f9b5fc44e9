using Integration.Connectors.HubSpot.Webhooks;
using Integration.Core.Plans;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Integration.Functions.Intake;

/// <summary>
/// HubSpot webhook deliveries for one connection. Anonymous: the v3 signature is the authentication. Answers 200
/// only once the events are on the changes queue; a rejected delivery gets the receiver's status and enqueues nothing.
/// </summary>
public sealed partial class HubSpotWebhookFunction(WebhookIntake intake, IServiceProvider services, ILogger<HubSpotWebhookFunction> logger)
{
    /// <summary>POST /api/webhooks/hubspot/{connection}.</summary>
    [Function(nameof(HubSpotWebhookFunction))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "webhooks/hubspot/{connection}")] HttpRequest request,
        string connection,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!intake.SyncEnabled)
        {
            return WebhookIntake.Disabled();
        }

        if (services.GetService<HubSpotWebhookReceiver>() is not { } receiver)
        {
            return WebhookIntake.Problem(StatusCodes.Status404NotFound, "HubSpot is not configured", "The app has no 'HubSpot' configuration section.");
        }

        var body = await BoundedBody.ReadAsync(request.Body, receiver.MaxBodyBytes, cancellationToken);
        var rawTarget = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw
            : $"{request.PathBase}{request.Path}{request.QueryString}";
        var publicUri = receiver.ReconstructPublicUri(request.Scheme, request.Host.Value ?? "", rawTarget, name => request.Headers[name].ToString());
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var result = receiver.Receive(connection, new HubSpotWebhookRequest(request.Method, publicUri, body, headers));
        if (!result.Accepted)
        {
            LogRejected(logger, connection, result.StatusCode, result.Reason ?? "");
            return WebhookIntake.Problem(result.StatusCode, "Webhook rejected", result.Reason);
        }

        if (await intake.SystemForAsync(SystemKind.HubSpot, connection, cancellationToken) is not { } system)
        {
            return WebhookIntake.Problem(StatusCodes.Status404NotFound, "No plan system", $"No HubSpot system of the plan uses connection '{connection}'.");
        }

        await intake.EnqueueAsync(system, result.Events, cancellationToken);
        LogAccepted(logger, connection, result.Events.Count, result.Ignored);
        return new OkObjectResult(new { accepted = result.Events.Count, ignored = result.Ignored });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "HubSpot webhook for connection {Connection} rejected with {Status}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string connection, int status, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "HubSpot webhook for connection {Connection}: {Events} events enqueued, {Ignored} ignored")]
    private static partial void LogAccepted(ILogger logger, string connection, int events, int ignored);
}
