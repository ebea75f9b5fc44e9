using Integration.Connectors.RequestBudget;
using Integration.Connectors.RequestBudget.Internal;
using Integration.Core.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Budget = Integration.Connectors.RequestBudget.Internal.RequestBudget;

namespace Integration.Connectors.Tests.HubSpot;

public sealed class HubSpotRateLimitTests
{
    private const string BatchRead = "/crm/v3/objects/contacts/batch/read";
    private const string Empty = """{"status":"COMPLETE","results":[]}""";

    [Fact]
    public async Task Too_many_requests_is_retried_after_retry_after_and_pauses_the_shared_budget()
    {
        using var hubSpot = new HubSpotWireMock();
        hubSpot.Server.Given(Request.Create().WithPath(BatchRead).UsingPost()).InScenario("429").WillSetStateTo("throttled")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1").WithHeader("Content-Type", "application/json")
                .WithBody("""{"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT","correlationId":"c-429","policyName":"TEN_SECONDLY_ROLLING","requestId":"r-1"}"""));
        hubSpot.Server.Given(Request.Create().WithPath(BatchRead).UsingPost()).InScenario("429").WhenStateIs("throttled")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Empty));

        await hubSpot.Connector.Reader.ReadByIdsAsync("contacts", ["1"], ["email"], TestContext.Current.CancellationToken);

        var requests = hubSpot.Requests;
        Assert.Equal(2, requests.Count);
        var gap = requests[1].DateTime - requests[0].DateTime;
        Assert.True(gap >= TimeSpan.FromSeconds(0.95), $"the retry came {gap.TotalMilliseconds} ms after the 429; Retry-After asked for 1 s");
        var budget = BudgetOf(hubSpot.Services);
        Assert.True(budget.PausedUntil > DateTimeOffset.MinValue, "the 429 did not pause the budget");
    }

    [Fact]
    public async Task Rate_limit_headers_showing_no_requests_left_hold_the_next_request_until_the_window_passes()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
        using var hubSpot = new HubSpotWireMock(time: time);
        hubSpot.Server.Given(Request.Create().WithPath(BatchRead).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Empty)
                .WithHeader("X-HubSpot-RateLimit-Max", "100").WithHeader("X-HubSpot-RateLimit-Remaining", "0")
                .WithHeader("X-HubSpot-RateLimit-Interval-Milliseconds", "10000")
                .WithHeader("X-HubSpot-RateLimit-Daily", "250000").WithHeader("X-HubSpot-RateLimit-Daily-Remaining", "240000"));
        var reader = hubSpot.Connector.Reader;
        await reader.ReadByIdsAsync("contacts", ["1"], ["email"], TestContext.Current.CancellationToken);
        var budget = BudgetOf(hubSpot.Services);
        Assert.Equal(TimeSpan.FromSeconds(10), budget.NextGrantIn(WriteLane.Live, false));

        var second = reader.ReadByIdsAsync("contacts", ["2"], ["email"], TestContext.Current.CancellationToken);
        Assert.Single(hubSpot.Requests);
        time.Advance(TimeSpan.FromSeconds(10));
        await second.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(2, hubSpot.Requests.Count);
    }

    [Fact]
    public async Task Server_error_is_retried_and_then_succeeds()
    {
        using var hubSpot = new HubSpotWireMock();
        hubSpot.Server.Given(Request.Create().WithPath(BatchRead).UsingPost()).InScenario("503").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("upstream unavailable"));
        hubSpot.Server.Given(Request.Create().WithPath(BatchRead).UsingPost()).InScenario("503").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(
                """{"status":"COMPLETE","results":[{"id":"1","properties":{"email":"a@example.com"}}]}"""));

        var records = await hubSpot.Connector.Reader.ReadByIdsAsync("contacts", ["1"], ["email"], TestContext.Current.CancellationToken);

        Assert.Equal(2, hubSpot.Requests.Count);
        Assert.Equal("1", Assert.Single(records).Id);
    }

    [Fact]
    public async Task Not_found_is_not_retried_and_surfaces_hubspots_category_and_correlation_id()
    {
        using var hubSpot = new HubSpotWireMock();
        hubSpot.Server.Given(Request.Create().WithPath("/crm/v3/objects/contacts/999").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(404).WithHeader("Content-Type", "application/json").WithBody(
                """{"status":"error","message":"Object not found.  objectId are usually numeric.","correlationId":"c-404","context":{"id":["999"]},"category":"OBJECT_NOT_FOUND"}"""));

        var error = await Assert.ThrowsAsync<Integration.Connectors.HubSpot.Errors.HubSpotApiException>(() =>
            hubSpot.Clients.Objects.GetAsync("contacts", "999", null, null, WriteLane.Live, TestContext.Current.CancellationToken));

        Assert.Single(hubSpot.Requests);
        Assert.Equal((System.Net.HttpStatusCode.NotFound, "OBJECT_NOT_FOUND", "c-404", false), (error.StatusCode, error.Category, error.CorrelationId, error.IsRetryable));
        Assert.DoesNotContain(HubSpotTestHost.Token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lane_and_search_marking_reach_the_budget_from_the_adapters()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
        using var hubSpot = new HubSpotWireMock(new Dictionary<string, string?> { ["HubSpot:Connections:main:RequestBudget:SecondlyLimit"] = "1" }, time);
        hubSpot.Server.Given(Request.Create().WithPath("/crm/v3/objects/contacts/batch/upsert").UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"status":"COMPLETE","results":[{"id":"1","properties":{"sf_id":"A"},"new":true}]}"""));
        hubSpot.Server.Given(Request.Create().WithPath("/crm/v3/objects/contacts/search").UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"total":3,"results":[]}"""));

        await hubSpot.Connector.Writer.UpsertAsync("contacts", "sf_id", [new RecordUpsert("A", new Dictionary<string, System.Text.Json.JsonElement>())], WriteLane.Bulk, TestContext.Current.CancellationToken);
        var budget = BudgetOf(hubSpot.Services);
        Assert.Equal((TimeSpan.FromMilliseconds(100), TimeSpan.Zero), (budget.NextGrantIn(WriteLane.Bulk, false), budget.NextGrantIn(WriteLane.Live, false)));

        // Counting searches in the bulk lane: past the 100 ms pacing step it goes at once.
        time.Advance(TimeSpan.FromMilliseconds(100));
        await hubSpot.Connector.Aggregates.CountAsync("contacts", null, TestContext.Current.CancellationToken);
        Assert.Equal((TimeSpan.FromSeconds(1), TimeSpan.Zero), (budget.NextGrantIn(WriteLane.Live, true), budget.NextGrantIn(WriteLane.Live, false)));
    }

    // The first handler built creates the budget from the connection's options; call this after a request.
    private static Budget BudgetOf(IServiceProvider services) =>
        services.GetRequiredService<RequestBudgetRegistry>().GetOrAdd("hubspot:62515:54321", new RequestBudgetOptions());
}
