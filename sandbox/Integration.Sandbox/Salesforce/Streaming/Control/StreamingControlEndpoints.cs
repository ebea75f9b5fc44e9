using Integration.Sandbox.Salesforce.Streaming.Faults;
using Integration.Sandbox.Salesforce.Streaming.Load;
using Integration.Sandbox.Salesforce.Streaming.Sessions;
using Integration.Sandbox.Salesforce.Tenancy;

namespace Integration.Sandbox.Salesforce.Streaming.Control;

/// <summary>
/// <c>/_sandbox/salesforce/orgs/{org}/streaming/…</c>: retained-event state, streaming fault rules, server-side
/// session drops and the simulated users' edit load.
/// </summary>
internal static class StreamingControlEndpoints
{
    public static void Map(RouteGroupBuilder control)
    {
        var streaming = control.MapGroup("/orgs/{name}/streaming");
        streaming.MapGet("/events", (string name, SalesforceOrgRegistry orgs) => WithOrg(orgs, name, org =>
        {
            var (first, last, retained, issued) = org.ChangeEvents.Describe();
            return Results.Json(new { firstReplayId = first, lastReplayId = last, retained, lastIssuedReplayId = issued });
        }));
        streaming.MapGet("/faults", (string name, SalesforceOrgRegistry orgs) => WithOrg(orgs, name, org => Results.Json(org.ChangeEvents.Faults.Rules)));
        streaming.MapPut("/faults", (string name, StreamingFaultsRequest request, SalesforceOrgRegistry orgs) => WithOrg(orgs, name, org =>
        {
            if (StreamingFaultInjector.Validate(request.Rules) is { } error)
            {
                return Results.Json(new { error }, statusCode: 400);
            }

            org.ChangeEvents.Faults.Configure(request.Rules, request.Seed);
            return Results.Json(org.ChangeEvents.Faults.Rules);
        }));
        streaming.MapDelete("/faults", (string name, SalesforceOrgRegistry orgs) => WithOrg(orgs, name, org =>
        {
            org.ChangeEvents.Faults.Clear();
            return Results.NoContent();
        }));
        streaming.MapGet("/clients", (string name, SalesforceOrgRegistry orgs, BayeuxClientRegistry clients) => WithOrg(orgs, name, org =>
            Results.Json(clients.Of(org).Select(Describe).ToArray())));
        streaming.MapPost("/sessions/drop", (string name, SalesforceOrgRegistry orgs, BayeuxClientRegistry clients) =>
            WithOrg(orgs, name, org => Results.Json(new { dropped = clients.DropAll(org) })));
        streaming.MapPost("/user-edits", StartEditsAsync);
        streaming.MapGet("/user-edits", (string name, SalesforceOrgRegistry orgs, UserEditLoadRegistry loads) => WithOrg(orgs, name, org =>
            loads.Find(org) is { } load ? Results.Json(load.Describe()) : Results.Json(new { error = "no user-edit load was started" }, statusCode: 404)));
        streaming.MapDelete("/user-edits", async (string name, SalesforceOrgRegistry orgs, UserEditLoadRegistry loads) =>
            orgs.ByName(name) is { } org ? (await loads.StopAsync(org) ? Results.NoContent() : Results.Json(new { error = "no user-edit load was started" }, statusCode: 404)) : NoOrg(name));
    }

    private static async Task<IResult> StartEditsAsync(string name, UserEditRequest request, SalesforceOrgRegistry orgs, UserEditLoadRegistry loads)
    {
        if (orgs.ByName(name) is not { } org)
        {
            return NoOrg(name);
        }

        if (request.Validate() is { } error)
        {
            return Results.Json(new { error }, statusCode: 400);
        }

        var load = await loads.StartAsync(org, request);
        return Results.Json(load.Describe(), statusCode: 202);
    }

    private static object Describe(BayeuxClient client)
    {
        lock (client.Gate)
        {
            return new { clientId = client.ClientId, connectHeld = client.ConnectHeld, subscriptions = client.Subscriptions.Select(s => s.Channel).ToArray() };
        }
    }

    private static IResult WithOrg(SalesforceOrgRegistry orgs, string name, Func<SalesforceOrg, IResult> action) =>
        orgs.ByName(name) is { } org ? action(org) : NoOrg(name);

    private static IResult NoOrg(string name) => Results.Json(new { error = $"no org named '{name}'" }, statusCode: 404);
}
