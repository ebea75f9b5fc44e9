using System.Text.Json.Nodes;
using Integration.Sandbox.HubSpot.Objects;
using Integration.Sandbox.HubSpot.Tenancy;
using Integration.Sandbox.HubSpot.Webhooks;

namespace Integration.Sandbox.HubSpot.Control;

/// <summary>Faults, webhook target and stats, simulated users.</summary>
internal static partial class HubSpotControlEndpoints
{
    private static void MapFaults(RouteGroupBuilder control)
    {
        control.MapGet("/portals/{name}/faults", (string name, HubSpotPortalRegistry portals) => WithPortal(portals, name, portal =>
            Results.Json(new { rules = portal.Faults.Rules, webhookRules = portal.Webhooks.Faults.Rules })));
        control.MapPut("/portals/{name}/faults", (string name, HubSpotFaultsRequest faults, HubSpotPortalRegistry portals) => WithPortal(portals, name, portal =>
        {
            portal.Faults.Configure(faults.Rules ?? [], faults.Seed);
            portal.Webhooks.Faults.Configure(faults.WebhookRules ?? [], faults.Seed);
            return Results.Json(new { rules = portal.Faults.Rules, webhookRules = portal.Webhooks.Faults.Rules });
        }));
        control.MapDelete("/portals/{name}/faults", (string name, HubSpotPortalRegistry portals) => WithPortal(portals, name, portal =>
        {
            portal.Faults.Clear();
            portal.Webhooks.Faults.Clear();
            return Results.NoContent();
        }));
    }

    private static void MapWebhooks(RouteGroupBuilder control)
    {
        control.MapPut("/portals/{name}/webhooks", (string name, WebhookSettingsRequest settings, HubSpotPortalRegistry portals) => WithPortal(portals, name, portal =>
        {
            var app = settings.AppId is { } appId ? portal.App(appId) : portal.Apps.Values.MinBy(a => a.AppId == portal.Options.AppId ? 0 : 1);
            var problem = app is null ? $"no app {settings.AppId} in portal '{name}'"
                : !Uri.TryCreate(settings.TargetUrl, UriKind.Absolute, out _) ? $"targetUrl '{settings.TargetUrl}' is not an absolute URL"
                : settings.Subscriptions.FirstOrDefault(s => !KnownEventType(s)) is { } bad ? $"'{bad.EventType}' is not a known event type (propertyChange needs propertyName)"
                : settings.MaxConcurrentRequests < 1 || settings.MaxRetries < 0 || settings.RetryDelayMs < 0 || settings.TimeoutMs < 1 ? "maxConcurrentRequests and timeoutMs must be positive, maxRetries and retryDelayMs 0 or more"
                : null;
            if (problem is not null)
            {
                return Results.Json(new { error = problem }, statusCode: 400);
            }

            var subscriptions = settings.Subscriptions.Select((s, i) => new WebhookSubscription(portal.PortalId * 1000 + i + 1, s.EventType, s.PropertyName)).ToList();
            portal.Webhooks.Configure(new WebhookConfiguration(new Uri(settings.TargetUrl), app!.AppId, app.ClientSecret, subscriptions,
                settings.MaxConcurrentRequests, settings.MaxRetries, TimeSpan.FromMilliseconds(settings.RetryDelayMs), TimeSpan.FromMilliseconds(settings.TimeoutMs)));
            return Json(new JsonObject
            {
                ["appId"] = app.AppId,
                ["targetUrl"] = settings.TargetUrl,
                ["subscriptions"] = new JsonArray([.. subscriptions.Select(s => (JsonNode)new JsonObject { ["id"] = s.Id, ["eventType"] = s.EventType, ["propertyName"] = s.PropertyName })]),
            });
        }));
        control.MapDelete("/portals/{name}/webhooks", (string name, HubSpotPortalRegistry portals) => WithPortal(portals, name, portal =>
        {
            portal.Webhooks.Remove();
            return Results.NoContent();
        }));
        control.MapGet("/portals/{name}/webhooks/stats", (string name, HubSpotPortalRegistry portals) => WithPortal(portals, name, portal => Json(portal.Webhooks.Stats.ToJson())));
    }

    private static void MapUsers(RouteGroupBuilder control)
    {
        control.MapPost("/portals/{name}/users/edits", (string name, UserActivityRequest request, HubSpotPortalRegistry portals) => WithPortal(portals, name, portal =>
        {
            if (request.Count is < 1 or > 100_000)
            {
                return Results.Json(new { error = $"count is {request.Count}; it must be 1..100000" }, statusCode: 400);
            }

            var edits = portal.Users.Edit(request.Count, request.Seed, request.ObjectType, request.Users);
            return Results.Json(new { edits });
        }));
        control.MapPost("/portals/{name}/users/run", (string name, UserActivityRequest request, HubSpotPortalRegistry portals) => WithPortal(portals, name, portal =>
        {
            if (request.EditsPerSecond is <= 0 or > 10_000 || request.DurationSeconds <= 0)
            {
                return Results.Json(new { error = $"editsPerSecond must be 0..10000 (got {request.EditsPerSecond}) and durationSeconds positive (got {request.DurationSeconds})" }, statusCode: 400);
            }

            portal.Users.Start(request.EditsPerSecond, TimeSpan.FromSeconds(request.DurationSeconds), request.Seed, request.ObjectType, request.Users);
            return Results.Json(new { running = true }, statusCode: 202);
        }));
        control.MapDelete("/portals/{name}/users/run", (string name, HubSpotPortalRegistry portals) => WithPortal(portals, name, portal =>
        {
            portal.Users.Stop();
            return Results.Json(new { editsMade = portal.Users.EditsMade });
        }));
        control.MapGet("/portals/{name}/users", (string name, HubSpotPortalRegistry portals) => WithPortal(portals, name, portal =>
            Results.Json(new { running = portal.Users.Running, editsMade = portal.Users.EditsMade })));
    }

    private static bool KnownEventType(SubscriptionRequest subscription)
    {
        var parts = subscription.EventType.Split('.');
        return parts.Length == 2 && CrmObjectTypes.Find(parts[0]) is not null
            && parts[1] is "creation" or "deletion" or "merge" or "associationChange" or "propertyChange"
            && (parts[1] != "propertyChange" || !string.IsNullOrEmpty(subscription.PropertyName));
    }
}
