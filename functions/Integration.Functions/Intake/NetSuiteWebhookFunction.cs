using Integration.Connectors.NetSuite.ChangeFeed;
using Integration.Core.Plans;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Integration.Functions.Intake;

/// <summary>
/// NetSuite (SuiteScript) webhook deliveries for one connection. Anonymous: the HMAC signature is the authentication.
/// Answers 202 only once the events are on the changes queue; a rejected delivery gets the receiver's status.
/// </summary>
public sealed partial class NetSuiteWebhookFunction(WebhookIntake intake, IServiceProvider services, ILogger<NetSuiteWebhookFunction> logger)
{
    /// <summary>POST /api/webhooks/netsuite/{connection}.</summary>
    [Function(nameof(NetSuiteWebhookFunction))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "webhooks/netsuite/{connection}")] HttpRequest request,
        string connection,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!intake.SyncEnabled)
        {
            return WebhookIntake.Disabled();
        }

        if (services.GetService<NetSuiteWebhookReceiver>() is not { } receiver)
        {
            return WebhookIntake.Problem(StatusCodes.Status404NotFound, "NetSuite is not configured", "The app has no 'NetSuite' configuration section.");
        }

        // The receiver needs the plan system's name to put on the events, so the route's connection is resolved first.
        if (await intake.SystemForAsync(SystemKind.NetSuite, connection, cancellationToken) is not { } system)
        {
            return WebhookIntake.Problem(StatusCodes.Status404NotFound, "No plan system", $"No NetSuite system of the plan uses connection '{connection}'.");
        }

        var result = await receiver.ReceiveAsync(
            connection,
            system.Name,
            request.Headers[NetSuiteWebhookReceiver.TimestampHeader].ToString(),
            request.Headers[NetSuiteWebhookReceiver.SignatureHeader].ToString(),
            request.Body,
            cancellationToken);
        if (!result.Accepted)
        {
            return WebhookIntake.Problem(result.StatusCode, "Webhook rejected", result.Error);
        }

        await intake.EnqueueAsync(system, result.Events, cancellationToken);
        LogAccepted(logger, connection, result.Events.Count);
        return new AcceptedResult((string?)null, new { accepted = result.Events.Count });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "NetSuite webhook for connection {Connection}: {Events} events enqueued")]
    private static partial void LogAccepted(ILogger logger, string connection, int events);
}
