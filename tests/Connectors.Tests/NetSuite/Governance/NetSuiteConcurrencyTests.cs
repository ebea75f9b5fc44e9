using Integration.Connectors.NetSuite.Api;
using Integration.Connectors.NetSuite.Errors;
using Integration.Connectors.Tests.NetSuite.Harness;
using Integration.Core.Records;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Integration.Connectors.Tests.NetSuite.Governance;

public sealed class NetSuiteConcurrencyTests
{
    private const string ConcurrencyBody =
        """{"type":"https://www.rfc-editor.org/rfc/rfc6585.html#section-4","title":"Too Many Requests","status":429,"o:errorDetails":[{"detail":"Concurrent request limit exceeded. Request blocked.","o:errorCode":"CONCURRENCY_LIMIT_EXCEEDED"}]}""";

    [Theory]
    [InlineData(429)]
    [InlineData(400)]
    public async Task CONCURRENCY_LIMIT_EXCEEDED_is_retried_after_back_off_with_a_fresh_signature_and_succeeds(int status)
    {
        using var netSuite = new WireMockNetSuite();
        netSuite.Server.Given(Request.Create().WithPath("/services/rest/query/v1/suiteql").UsingPost()).InScenario("limit").WillSetStateTo("free")
            .RespondWith(Response.Create().WithStatusCode(status).WithBody(ConcurrencyBody));
        netSuite.Server.Given(Request.Create().WithPath("/services/rest/query/v1/suiteql").UsingPost()).InScenario("limit").WhenStateIs("free")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"links":[],"count":1,"hasMore":false,"offset":0,"totalResults":1,"items":[{"row_count":42}]}"""));

        var count = await netSuite.Harness.Connector().Aggregates.CountAsync("customer", null, TestContext.Current.CancellationToken);

        Assert.Equal(42, count);
        Assert.Equal(2, netSuite.Requests.Count);
        Assert.Equal(netSuite.Requests[0].Body, netSuite.Requests[1].Body);
        Assert.Equal("""{"q":"SELECT COUNT(*) AS row_count FROM customer"}""", netSuite.Requests[1].Body);
        Assert.Equal(
            netSuite.ExpectedAuthorization("POST", "/services/rest/query/v1/suiteql?limit=1&offset=0", "nonce000002"),
            WireMockNetSuite.Header(netSuite.Requests[1], "Authorization"));
    }

    [Fact]
    public async Task CONCURRENCY_LIMIT_EXCEEDED_beyond_MaxRetries_throws_the_vendor_error_without_outer_retries()
    {
        using var netSuite = new WireMockNetSuite(new Dictionary<string, string?> { ["NetSuite:Connections:main:MaxRetries"] = "2" });
        netSuite.Server.Given(Request.Create().WithPath("/services/rest/query/v1/suiteql").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(429).WithBody(ConcurrencyBody));

        var error = await Assert.ThrowsAsync<NetSuiteApiException>(() =>
            netSuite.Harness.Connector().Aggregates.CountAsync("customer", null, TestContext.Current.CancellationToken));

        Assert.True(error.IsConcurrencyLimit);
        Assert.Equal("Concurrent request limit exceeded. Request blocked.", error.Detail);
        Assert.Equal(3, netSuite.Requests.Count);
    }

    [Fact]
    public async Task Server_error_on_an_idempotent_request_is_retried()
    {
        using var netSuite = new WireMockNetSuite();
        netSuite.Server.Given(Request.Create().WithPath("/services/rest/record/v1/customer/1").UsingGet()).InScenario("5xx").WillSetStateTo("up")
            .RespondWith(Response.Create().WithStatusCode(503));
        netSuite.Server.Given(Request.Create().WithPath("/services/rest/record/v1/customer/1").UsingGet()).InScenario("5xx").WhenStateIs("up")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"id":"1"}"""));

        var record = await NetSuiteCall.RunAsync(() => netSuite.Records.GetAsync("customer", "1", TestContext.Current.CancellationToken));

        Assert.Equal("1", record.GetProperty("id").GetString());
        Assert.Equal(2, netSuite.Requests.Count);
    }

    [Fact]
    public async Task Server_error_on_a_record_create_is_not_retried()
    {
        using var netSuite = new WireMockNetSuite();
        netSuite.Server.Given(Request.Create().WithPath("/services/rest/record/v1/customer").UsingPost()).RespondWith(Response.Create().WithStatusCode(503));

        var error = await Assert.ThrowsAsync<NetSuiteApiException>(() =>
            NetSuiteCall.RunAsync(() => netSuite.Records.CreateAsync("customer", new Dictionary<string, System.Text.Json.JsonElement>(), TestContext.Current.CancellationToken)));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.True(error.IsTransient);
        Assert.Single(netSuite.Requests);
    }

    [Fact]
    public async Task Requests_in_flight_never_exceed_the_accounts_concurrency_limit()
    {
        var network = new InFlightCountingHandler(TimeSpan.FromMilliseconds(15));
        using var harness = new NetSuiteHarness("https://1234567-sb1.suitetalk.test", new Dictionary<string, string?> { ["NetSuite:Connections:main:ConcurrencyLimit"] = "4" }, network);
        var aggregates = harness.Connector().Aggregates;

        await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => aggregates.CountAsync("customer", null, TestContext.Current.CancellationToken)));

        Assert.Equal(24, network.Total);
        Assert.Equal(4, network.Maximum);
    }

    [Fact]
    public async Task Connections_to_the_same_account_share_one_limit()
    {
        var network = new InFlightCountingHandler(TimeSpan.FromMilliseconds(15));
        var second = new Dictionary<string, string?>
        {
            ["NetSuite:Connections:main:ConcurrencyLimit"] = "3",
            ["NetSuite:Connections:second:AccountId"] = TbaVector.AccountId.ToLowerInvariant(),
            ["NetSuite:Connections:second:BaseUrl"] = "https://1234567-sb1.suitetalk.test",
            ["NetSuite:Connections:second:ConsumerKey"] = "ck2",
            ["NetSuite:Connections:second:ConsumerSecret"] = "cs2",
            ["NetSuite:Connections:second:TokenId"] = "t2",
            ["NetSuite:Connections:second:TokenSecret"] = "ts2",
            ["NetSuite:Connections:second:ConcurrencyLimit"] = "3",
        };
        using var harness = new NetSuiteHarness("https://1234567-sb1.suitetalk.test", second, network);
        var upserts = Enumerable.Range(0, 12).Select(i => new RecordUpsert($"e{i}", new Dictionary<string, System.Text.Json.JsonElement>())).ToList();

        var results = await Task.WhenAll(
            harness.Connector("main").Writer.UpsertAsync("customer", "externalId", upserts, WriteLane.Bulk, TestContext.Current.CancellationToken),
            harness.Connector("second").Writer.UpsertAsync("customer", "externalId", upserts, WriteLane.Live, TestContext.Current.CancellationToken));

        Assert.All(results.SelectMany(batch => batch), result => Assert.True(result.Succeeded));
        Assert.Equal(24, network.Total);
        Assert.Equal(3, network.Maximum);
    }

    [Theory]
    [InlineData(WriteLane.Bulk, 2)]
    [InlineData(WriteLane.Live, 3)]
    public async Task Bulk_writes_leave_live_writes_one_permit_of_the_limit(WriteLane lane, int expectedMaximum)
    {
        var network = new InFlightCountingHandler(TimeSpan.FromMilliseconds(15));
        using var harness = new NetSuiteHarness("https://1234567-sb1.suitetalk.test", new Dictionary<string, string?> { ["NetSuite:Connections:main:ConcurrencyLimit"] = "3" }, network);
        var upserts = Enumerable.Range(0, 12).Select(i => new RecordUpsert($"e{i}", new Dictionary<string, System.Text.Json.JsonElement>())).ToList();

        var results = await harness.Connector().Writer.UpsertAsync("customer", "externalId", upserts, lane, TestContext.Current.CancellationToken);

        Assert.All(results, result => Assert.True(result.Succeeded));
        Assert.Equal(expectedMaximum, network.Maximum);
    }
}
