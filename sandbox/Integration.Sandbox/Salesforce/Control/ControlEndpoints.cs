using Integration.Sandbox.Hosting;
using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Auth;
using Integration.Sandbox.Salesforce.Seeding;
using Integration.Sandbox.Salesforce.Streaming.ChangeEvents;
using Integration.Sandbox.Salesforce.Tenancy;

namespace Integration.Sandbox.Salesforce.Control;

/// <summary>
/// <c>/_sandbox/salesforce</c>: orgs, deterministic seeding, reset, counts, API limits, fault rules, session drops.
/// </summary>
internal static class ControlEndpoints
{
    public static void Map(RouteGroupBuilder control)
    {
        control.MapGet("/orgs", (SalesforceOrgRegistry orgs) => Results.Content(
            new JsonArray([.. orgs.All.Select(o => (JsonNode)Describe(o))]).ToJsonString(SandboxJson.Options), "application/json"));
        control.MapPost("/orgs", (SalesforceOrgOptions options, SalesforceOrgRegistry orgs) => orgs.TryAdd(options, out var error)
            ? Results.Content(Describe(orgs.ByName(options.Name)!).ToJsonString(SandboxJson.Options), "application/json", statusCode: 201)
            : Results.Json(new { error }, statusCode: 409));
        control.MapPost("/orgs/{name}/seed", Seed);
        control.MapPost("/orgs/{name}/reset", (string name, SalesforceOrgRegistry orgs) => WithOrg(orgs, name, org =>
        {
            OrgReset.Reset(org);
            return Results.NoContent();
        }));
        control.MapGet("/orgs/{name}/counts", (string name, SalesforceOrgRegistry orgs) => WithOrg(orgs, name, Counts));
        control.MapPut("/orgs/{name}/limits", (string name, LimitsRequest limits, SalesforceOrgRegistry orgs) => WithOrg(orgs, name, org =>
        {
            org.Usage.Set(limits.DailyApiLimit, limits.Used);
            return Results.Json(new { dailyApiLimit = org.Usage.Limit, used = org.Usage.Used });
        }));
        control.MapGet("/orgs/{name}/faults", (string name, SalesforceOrgRegistry orgs) => WithOrg(orgs, name, org => Results.Json(org.Faults.Rules)));
        control.MapPut("/orgs/{name}/faults", (string name, FaultsRequest faults, SalesforceOrgRegistry orgs) => WithOrg(orgs, name, org =>
        {
            org.Faults.Configure(faults.Rules, faults.Seed);
            return Results.Json(org.Faults.Rules);
        }));
        control.MapDelete("/orgs/{name}/faults", (string name, SalesforceOrgRegistry orgs) => WithOrg(orgs, name, org =>
        {
            org.Faults.Clear();
            return Results.NoContent();
        }));
        control.MapPost("/orgs/{name}/sessions/revoke", (string name, SalesforceOrgRegistry orgs, AccessTokenRegistry tokens) =>
            WithOrg(orgs, name, org => Results.Json(new { revoked = tokens.RevokeAll(org) })));
    }

    private static IResult Seed(string name, SeedRequest request, SalesforceOrgRegistry orgs, TimeProvider time) => WithOrg(orgs, name, org =>
    {
        if (request.Accounts is < 0 or > 1_000_000 || request.ContactsPerAccount is < 0 or > 100 || request.OpportunitiesPerAccount is < 0 or > 100)
        {
            return Results.Json(new { error = $"accounts must be 0..1000000 (got {request.Accounts}); contactsPerAccount and opportunitiesPerAccount 0..100 (got {request.ContactsPerAccount}, {request.OpportunitiesPerAccount})" }, statusCode: 400);
        }

        new OrgSeeder(org.Store, time, new ChangeTransaction(org.ChangeEvents, changeOrigin: string.Empty, org.IntegrationUserId)).Seed(request);
        return Counts(org);
    });

    private static IResult Counts(SalesforceOrg org)
    {
        var counts = new JsonObject();
        lock (org.Store.Gate)
        {
            foreach (var table in org.Store.Tables)
            {
                counts[table.Type.Name] = new JsonObject { ["live"] = table.LiveCount, ["deleted"] = table.DeletedCount };
            }
        }

        return Results.Content(counts.ToJsonString(SandboxJson.Options), "application/json");
    }

    private static JsonObject Describe(SalesforceOrg org) => new()
    {
        ["name"] = org.Name,
        ["orgId"] = org.OrgId,
        ["clientId"] = org.Options.ClientId,
        ["dailyApiLimit"] = org.Usage.Limit,
        ["apiUsage"] = org.Usage.Used,
    };

    private static IResult WithOrg(SalesforceOrgRegistry orgs, string name, Func<SalesforceOrg, IResult> action) =>
        orgs.ByName(name) is { } org ? action(org) : Results.Json(new { error = $"no org named '{name}'" }, statusCode: 404);
}
