using System.Text.Json.Nodes;
using Integration.Sandbox.Hosting;
using Integration.Sandbox.HubSpot.Seeding;
using Integration.Sandbox.HubSpot.Tenancy;

namespace Integration.Sandbox.HubSpot.Control;

/// <summary>
/// <c>/_sandbox/hubspot</c>: portals and apps, deterministic seeding, reset, counts, rate limits, faults,
/// webhook target and stats, and simulated users.
/// </summary>
internal static partial class HubSpotControlEndpoints
{
    public static void Map(RouteGroupBuilder control)
    {
        control.MapGet("/portals", (HubSpotPortalRegistry portals) => Json(new JsonArray([.. portals.All.Select(p => (JsonNode)Describe(p))])));
        control.MapPost("/portals", (HubSpotPortalOptions options, HubSpotPortalRegistry portals) => portals.TryAdd(options, out var error)
            ? Json(Describe(portals.ByName(options.Name)!), 201)
            : Results.Json(new { error }, statusCode: 409));
        control.MapPost("/portals/{name}/apps", (string name, AppRequest app, HubSpotPortalRegistry portals) => WithPortal(portals, name, portal =>
            portals.TryAddApp(portal, new HubSpotApp(app.Token, app.AppId, app.ClientSecret), out var error)
                ? Json(Describe(portal), 201)
                : Results.Json(new { error }, statusCode: 409)));
        control.MapPost("/portals/{name}/seed", (string name, HubSpotSeedRequest request, HubSpotPortalRegistry portals, TimeProvider time) => WithPortal(portals, name, portal =>
        {
            if (request.Companies is < 0 or > 1_000_000 || request.ContactsPerCompany is < 0 or > 100 || request.DealsPerCompany is < 0 or > 100)
            {
                return Results.Json(new { error = $"companies must be 0..1000000 (got {request.Companies}); contactsPerCompany and dealsPerCompany 0..100 (got {request.ContactsPerCompany}, {request.DealsPerCompany})" }, statusCode: 400);
            }

            PortalSeeder.Seed(portal, request, time);
            return Counts(portal);
        }));
        control.MapPost("/portals/{name}/reset", (string name, HubSpotPortalRegistry portals) => WithPortal(portals, name, portal =>
        {
            portal.Reset();
            return Results.NoContent();
        }));
        control.MapGet("/portals/{name}/counts", (string name, HubSpotPortalRegistry portals) => WithPortal(portals, name, Counts));
        control.MapPut("/portals/{name}/limits", (string name, HubSpotLimitsRequest limits, HubSpotPortalRegistry portals, TimeProvider time) => WithPortal(portals, name, portal =>
        {
            if (limits.TenSecondLimit < 1 || limits.DailyLimit < 1 || limits.SearchPerSecond < 1 || limits.DailyUsed < 0)
            {
                return Results.Json(new { error = "limits must be positive and dailyUsed 0 or more" }, statusCode: 400);
            }

            portal.Limits.Set(limits.TenSecondLimit, limits.DailyLimit, limits.SearchPerSecond, limits.DailyUsed, time.GetUtcNow());
            return Json(Limits(portal));
        }));
        MapFaults(control);
        MapWebhooks(control);
        MapUsers(control);
    }

    private static IResult Counts(HubSpotPortal portal)
    {
        var counts = new JsonObject();
        lock (portal.Store.Gate)
        {
            foreach (var table in portal.Store.Tables.Values)
            {
                counts[table.Type.Name] = new JsonObject { ["live"] = table.LiveCount, ["archived"] = table.ArchivedCount };
            }

            counts["associations"] = portal.Store.Associations.Count;
        }

        return Json(counts);
    }

    private static JsonObject Describe(HubSpotPortal portal) => new()
    {
        ["name"] = portal.Name,
        ["portalId"] = portal.PortalId,
        ["apps"] = new JsonArray([.. portal.Apps.Values.OrderBy(a => a.AppId).Select(a => (JsonNode)a.AppId)]),
        ["limits"] = Limits(portal),
    };

    private static JsonObject Limits(HubSpotPortal portal) => new()
    {
        ["tenSecondLimit"] = portal.Limits.TenSecondLimit,
        ["dailyLimit"] = portal.Limits.DailyLimit,
        ["searchPerSecond"] = portal.Limits.SearchPerSecond,
        ["dailyUsed"] = portal.Limits.DailyUsed,
    };

    private static IResult Json(JsonNode body, int status = 200) =>
        Results.Content(body.ToJsonString(SandboxJson.Options), "application/json", statusCode: status);

    private static IResult WithPortal(HubSpotPortalRegistry portals, string name, Func<HubSpotPortal, IResult> action) =>
        portals.ByName(name) is { } portal ? action(portal) : Results.Json(new { error = $"no portal named '{name}'" }, statusCode: 404);
}
