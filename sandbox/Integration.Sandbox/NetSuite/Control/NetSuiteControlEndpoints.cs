using System.Text.Json.Nodes;
using Integration.Sandbox.Hosting;
using Integration.Sandbox.NetSuite.Records;
using Integration.Sandbox.NetSuite.Tenancy;
using Integration.Sandbox.NetSuite.Webhooks;

namespace Integration.Sandbox.NetSuite.Control;

/// <summary>
/// <c>/_sandbox/netsuite</c>: accounts, webhook target, concurrency limit, deterministic seeding, the users load
/// generator, REST and webhook faults, reset and counts.
/// </summary>
internal static partial class NetSuiteControlEndpoints
{
    public static void Map(RouteGroupBuilder control)
    {
        control.MapGet("/accounts", (NetSuiteAccountRegistry accounts) => Json(new JsonArray([.. accounts.All.Select(a => (JsonNode)Describe(a))])));
        control.MapPost("/accounts", (NetSuiteAccountOptions options, NetSuiteAccountRegistry accounts) => accounts.TryAdd(options, out var error)
            ? Json(Describe(accounts.ById(options.AccountId)!), 201)
            : Results.Json(new { error }, statusCode: error!.Contains("exists", StringComparison.Ordinal) || error.Contains("another", StringComparison.Ordinal) ? 409 : 400));
        control.MapPut("/accounts/{id}/webhook", (string id, WebhookRequest request, NetSuiteAccountRegistry accounts) => With(accounts, id, account =>
        {
            if (WebhookTarget.Problem(request.Url, request.Secret) is { } problem)
            {
                return Results.Json(new { error = problem }, statusCode: 400);
            }

            account.Webhook = new WebhookTarget(request.Url, request.Secret);
            return Json(Describe(account));
        }));
        control.MapDelete("/accounts/{id}/webhook", (string id, NetSuiteAccountRegistry accounts) => With(accounts, id, account =>
        {
            account.Webhook = null;
            return Results.NoContent();
        }));
        control.MapPut("/accounts/{id}/concurrency", (string id, ConcurrencyRequest request, NetSuiteAccountRegistry accounts) => With(accounts, id, account =>
        {
            if (request.Limit < 1)
            {
                return Results.Json(new { error = $"limit is {request.Limit}; it must be 1 or more" }, statusCode: 400);
            }

            account.Governance.Limit = request.Limit;
            return Json(Describe(account));
        }));
        control.MapPost("/accounts/{id}/seed", Seed);
        control.MapPost("/accounts/{id}/users", StartUsers);
        control.MapGet("/accounts/{id}/users/{runId}", (string id, string runId, NetSuiteAccountRegistry accounts, UserLoadGenerator users) => With(accounts, id, _ =>
            users.Find(runId) is { } run ? Json(run.Describe()) : Results.Json(new { error = $"no run '{runId}'" }, statusCode: 404)));
        MapFaults(control);
        control.MapPost("/accounts/{id}/reset", (string id, NetSuiteAccountRegistry accounts, UserLoadGenerator users) => With(accounts, id, account =>
        {
            users.StopAll(account);
            lock (account.Store.Gate)
            {
                account.Store.Clear();
            }

            account.Faults.Clear();
            account.WebhookFaults.Clear();
            account.WebhookStats.Reset();
            account.Governance.ResetCounters();
            return Results.NoContent();
        }));
        control.MapGet("/accounts/{id}/counts", (string id, NetSuiteAccountRegistry accounts) => With(accounts, id, account => Json(Counts(account))));
    }

    private static IResult Seed(string id, SeedRequest request, NetSuiteAccountRegistry accounts, TimeProvider time) => With(accounts, id, account =>
    {
        if (request.Customers is < 0 or > 1_000_000 || request.ContactsPerCustomer is < 0 or > 100 || request.SalesOrdersPerCustomer is < 0 or > 100)
        {
            return Results.Json(new { error = $"customers must be 0..1000000 (got {request.Customers}); contactsPerCustomer and salesOrdersPerCustomer 0..100 (got {request.ContactsPerCustomer}, {request.SalesOrdersPerCustomer})" }, statusCode: 400);
        }

        AccountSeeder.Seed(account.Store, request, NetSuiteClock.Now(time));
        return Json(Counts(account));
    });

    private static IResult StartUsers(string id, UserLoadRequest request, NetSuiteAccountRegistry accounts, UserLoadGenerator users) => With(accounts, id, account =>
    {
        if (request.Users is < 1 or > 1000 || request.EditsPerSecond is <= 0 or > 10_000 || request.DurationSeconds is <= 0 or > 86_400)
        {
            return Results.Json(new { error = $"users must be 1..1000 (got {request.Users}), editsPerSecond 0..10000 exclusive of 0 (got {request.EditsPerSecond}), durationSeconds 0..86400 exclusive of 0 (got {request.DurationSeconds})" }, statusCode: 400);
        }

        return Json(users.Start(account, request).Describe(), 202);
    });

    private static JsonObject Counts(NetSuiteAccount account)
    {
        var counts = new JsonObject();
        lock (account.Store.Gate)
        {
            foreach (var table in account.Store.Tables)
            {
                counts[table.Type.RestName] = new JsonObject { ["live"] = table.Count, ["deleted"] = account.Store.Deleted.Count(d => d.Type == table.Type) };
            }
        }

        counts["inFlight"] = account.Governance.InFlight;
        counts["concurrencyRejected"] = account.Governance.Rejected;
        var stats = account.WebhookStats;
        counts["webhooks"] = new JsonObject { ["sent"] = stats.Sent, ["dropped"] = stats.Dropped, ["duplicated"] = stats.Duplicated, ["failed"] = stats.Failed };
        return counts;
    }

    private static JsonObject Describe(NetSuiteAccount account) => new()
    {
        ["accountId"] = account.AccountId,
        ["consumerKey"] = account.Options.ConsumerKey,
        ["tokenId"] = account.Options.TokenId,
        ["concurrencyLimit"] = account.Governance.Limit,
        ["timeZone"] = account.Options.TimeZone,
        ["webhookUrl"] = account.Webhook?.Url.ToString(),
    };

    private static IResult With(NetSuiteAccountRegistry accounts, string id, Func<NetSuiteAccount, IResult> action) =>
        accounts.ById(id) is { } account ? action(account) : Results.Json(new { error = $"no account '{id}'" }, statusCode: 404);

    private static IResult Json(JsonNode body, int status = 200) => Results.Content(body.ToJsonString(SandboxJson.Options), "application/json", statusCode: status);
}
