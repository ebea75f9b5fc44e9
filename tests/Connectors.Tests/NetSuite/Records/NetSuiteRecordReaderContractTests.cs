using System.Text.Json;
using Integration.Connectors.Tests.NetSuite.Harness;
using Integration.Core.Records;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Integration.Connectors.Tests.NetSuite.Records;

public sealed class NetSuiteRecordReaderContractTests : IDisposable
{
    private const string SuiteQlPath = "/services/rest/query/v1/suiteql";
    private readonly WireMockNetSuite _netSuite = new(new Dictionary<string, string?> { ["NetSuite:Connections:main:TimeZone"] = "America/Los_Angeles" });

    [Fact]
    public async Task ReadByIds_posts_one_SuiteQL_query_with_Prefer_transient_and_maps_rows()
    {
        Answer("""
            {"links":[],"count":2,"hasMore":false,"offset":0,"totalResults":2,"items":[
              {"links":[],"id":"7","companyname":"Acme","email":"a@acme.test","lastmodifieddate":"2026-11-29 02:00:05"},
              {"links":[],"id":"9","companyname":"Beta","lastmodifieddate":"2026-11-29 02:00:06"}]}
            """);

        var records = await _netSuite.Harness.Connector().Reader.ReadByIdsAsync(
            "customer", ["7", "9", "not-an-id"], ["companyName", "email"], TestContext.Current.CancellationToken);

        var request = Assert.Single(_netSuite.Requests);
        Assert.Equal(("POST", SuiteQlPath, "limit=1000&offset=0"), (request.Method, request.Path, request.RawQuery?.TrimStart('?')));
        Assert.Equal("transient", WireMockNetSuite.Header(request, "Prefer"));
        Assert.Equal(
            """{"q":"SELECT id, companyname, email, TO_CHAR(lastmodifieddate, 'YYYY-MM-DD HH24:MI:SS') AS lastmodifieddate FROM customer WHERE (id IN (7, 9)) ORDER BY id"}""",
            request.Body);
        Assert.Equal(_netSuite.ExpectedAuthorization("POST", SuiteQlPath + "?limit=1000&offset=0", TbaVector.Nonce), WireMockNetSuite.Header(request, "Authorization"));

        Assert.Equal(["7", "9"], records.Select(record => record.Id));
        Assert.Equal("Acme", records[0].Fields["companyName"].GetString());
        Assert.Equal(JsonValueKind.Null, records[1].Fields["email"].ValueKind);
        // 02:00:05 in Los Angeles (PST, UTC-8) is 10:00:05 UTC.
        Assert.Equal(DateTimeOffset.Parse("2026-11-29T10:00:05Z", System.Globalization.CultureInfo.InvariantCulture), records[0].Version.ModifiedAt);
    }

    [Fact]
    public async Task ReadByIds_of_sales_orders_queries_the_transaction_table_with_its_type()
    {
        Answer("""{"links":[],"count":0,"hasMore":false,"offset":0,"totalResults":0,"items":[]}""");

        await _netSuite.Harness.Connector().Reader.ReadByIdsAsync("salesOrder", ["3"], ["memo"], TestContext.Current.CancellationToken);

        Assert.Equal(
            """{"q":"SELECT id, memo, TO_CHAR(lastmodifieddate, 'YYYY-MM-DD HH24:MI:SS') AS lastmodifieddate FROM transaction WHERE (type = 'SalesOrd') AND (id IN (3)) ORDER BY id"}""",
            Assert.Single(_netSuite.Requests).Body);
    }

    [Fact]
    public async Task Stream_pages_by_id_keyset_from_the_token_users_zone_until_hasMore_is_false()
    {
        _netSuite.Server.Given(Request.Create().WithPath(SuiteQlPath).UsingPost()).InScenario("paging").WillSetStateTo("second")
            .RespondWith(Json("""{"links":[],"count":2,"hasMore":true,"offset":0,"totalResults":3,"items":[{"id":"1","lastmodifieddate":"2026-11-29 01:00:00"},{"id":"2","lastmodifieddate":"2026-11-29 01:00:00"}]}"""));
        _netSuite.Server.Given(Request.Create().WithPath(SuiteQlPath).UsingPost()).InScenario("paging").WhenStateIs("second")
            .RespondWith(Json("""{"links":[],"count":1,"hasMore":false,"offset":0,"totalResults":1,"items":[{"id":"5","lastmodifieddate":"2026-11-29 01:00:00"}]}"""));
        var since = DateTimeOffset.Parse("2026-11-29T09:00:00.900Z", System.Globalization.CultureInfo.InvariantCulture);

        var ids = new List<string>();
        await foreach (var record in _netSuite.Harness.Connector().Reader.StreamAsync("contact", [], new RecordStreamOptions(since), TestContext.Current.CancellationToken))
        {
            ids.Add(record.Id);
        }

        Assert.Equal(["1", "2", "5"], ids);
        var bodies = _netSuite.Requests.Select(request => request.Body).ToList();
        // 09:00:00.900Z floored to the second is 01:00:00 in Los Angeles (PST).
        Assert.Equal(
        [
            """{"q":"SELECT id, TO_CHAR(lastmodifieddate, 'YYYY-MM-DD HH24:MI:SS') AS lastmodifieddate FROM contact WHERE (lastmodifieddate >= TO_DATE('2026-11-29 01:00:00', 'YYYY-MM-DD HH24:MI:SS')) ORDER BY id"}""",
            """{"q":"SELECT id, TO_CHAR(lastmodifieddate, 'YYYY-MM-DD HH24:MI:SS') AS lastmodifieddate FROM contact WHERE (lastmodifieddate >= TO_DATE('2026-11-29 01:00:00', 'YYYY-MM-DD HH24:MI:SS')) AND (id > 2) ORDER BY id"}""",
        ], bodies);
        Assert.All(_netSuite.Requests, request => Assert.Equal("limit=1000&offset=0", request.RawQuery?.TrimStart('?')));
    }

    [Fact]
    public async Task ReadByIds_of_more_ids_than_one_query_takes_sends_chunks_of_500()
    {
        Answer("""{"links":[],"count":0,"hasMore":false,"offset":0,"totalResults":0,"items":[]}""");
        var ids = Enumerable.Range(1, 501).Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        await _netSuite.Harness.Connector().Reader.ReadByIdsAsync("contact", ids, [], TestContext.Current.CancellationToken);

        Assert.Equal(2, _netSuite.Requests.Count);
        Assert.Contains("id IN (1, 2, ", _netSuite.Requests[0].Body, StringComparison.Ordinal);
        Assert.Contains("WHERE (id IN (501)) ORDER BY id", _netSuite.Requests[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aggregate_asks_NetSuite_for_count_sum_min_and_max_in_one_query()
    {
        Answer("""{"links":[],"count":1,"hasMore":false,"offset":0,"totalResults":1,"items":[{"row_count":3,"sum_0":"1250.5","min_0":"2026-01-01 00:00:00","max_0":"2026-06-30 16:00:00"}]}""");

        var result = await _netSuite.Harness.Connector().Aggregates.AggregateAsync(
            "salesOrder", new Core.Reconciliation.AggregateRequest(["total"], ["trandate"], "status = 'B'"), TestContext.Current.CancellationToken);

        var request = Assert.Single(_netSuite.Requests);
        Assert.Equal("limit=1&offset=0", request.RawQuery?.TrimStart('?'));
        Assert.Equal(
            """{"q":"SELECT COUNT(*) AS row_count, SUM(total) AS sum_0, TO_CHAR(MIN(trandate), 'YYYY-MM-DD HH24:MI:SS') AS min_0, TO_CHAR(MAX(trandate), 'YYYY-MM-DD HH24:MI:SS') AS max_0 FROM transaction WHERE (type = 'SalesOrd') AND (status = 'B')"}""",
            request.Body);
        Assert.Equal(3, result.Count);
        Assert.Equal(1250.5m, result.Sums["total"]);
        Assert.Equal(DateTimeOffset.Parse("2026-01-01T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture), result.Minimums["trandate"]);
        Assert.Equal(DateTimeOffset.Parse("2026-06-30T23:00:00Z", System.Globalization.CultureInfo.InvariantCulture), result.Maximums["trandate"]);
    }

    [Fact]
    public async Task Count_without_rows_for_the_filter_is_zero()
    {
        Answer("""{"links":[],"count":1,"hasMore":false,"offset":0,"totalResults":1,"items":[{"row_count":0}]}""");

        var count = await _netSuite.Harness.Connector().Aggregates.CountAsync("customer", null, TestContext.Current.CancellationToken);

        Assert.Equal(0, count);
        Assert.Equal("""{"q":"SELECT COUNT(*) AS row_count FROM customer"}""", Assert.Single(_netSuite.Requests).Body);
    }

    public void Dispose() => _netSuite.Dispose();

    private void Answer(string json) =>
        _netSuite.Server.Given(Request.Create().WithPath(SuiteQlPath).UsingPost()).RespondWith(Json(json));

    private static IResponseBuilder Json(string json) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(json);
}
