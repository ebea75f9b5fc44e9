using Integration.Connectors.Tests.NetSuite.Harness;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Integration.Connectors.Tests.NetSuite.ChangeFeed;

public sealed class NetSuiteChangeFeedContractTests : IDisposable
{
    private readonly WireMockNetSuite _netSuite = new();

    [Fact]
    public async Task Poll_sends_one_signed_SuiteQL_query_per_lane_with_the_settled_window()
    {
        _netSuite.Server.Given(Request.Create().WithPath("/services/rest/query/v1/suiteql").UsingPost()).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithBody("""{"links":[],"count":1,"hasMore":false,"offset":0,"totalResults":1,"items":[{"links":[],"id":"5","stamp":"2025-11-29 09:59:00"}]}"""));
        var poller = _netSuite.Harness.ChangeFeeds.CreatePoller("main", "erp", "contact");

        var batches = new List<Core.ChangeFeed.ChangeFeedBatch>();
        await foreach (var batch in poller.ReadAsync(null, TestContext.Current.CancellationToken))
        {
            batches.Add(batch);
        }

        // TbaVector.Now is 2025-11-29T10:00:00Z: the window is [09:57:55, 09:59:55) in UTC, the default zone.
        Assert.Equal(
        [
            """{"q":"SELECT id AS id, TO_CHAR(lastmodifieddate, 'YYYY-MM-DD HH24:MI:SS') AS stamp FROM contact WHERE (lastmodifieddate >= TO_DATE('2025-11-29 09:57:55', 'YYYY-MM-DD HH24:MI:SS')) AND (lastmodifieddate < TO_DATE('2025-11-29 09:59:55', 'YYYY-MM-DD HH24:MI:SS')) ORDER BY lastmodifieddate, id"}""",
            """{"q":"SELECT recordid AS id, TO_CHAR(deleteddate, 'YYYY-MM-DD HH24:MI:SS') AS stamp FROM deletedrecord WHERE (type = 'contact') AND (deleteddate >= TO_DATE('2025-11-29 09:57:55', 'YYYY-MM-DD HH24:MI:SS')) AND (deleteddate < TO_DATE('2025-11-29 09:59:55', 'YYYY-MM-DD HH24:MI:SS')) ORDER BY deleteddate, recordid"}""",
        ], _netSuite.Requests.Select(request => request.Body));
        Assert.All(_netSuite.Requests, request => Assert.Equal(("transient", "limit=1000&offset=0"), (WireMockNetSuite.Header(request, "Prefer"), request.RawQuery?.TrimStart('?'))));
        Assert.Equal(
            _netSuite.ExpectedAuthorization("POST", "/services/rest/query/v1/suiteql?limit=1000&offset=0", TbaVector.Nonce),
            WireMockNetSuite.Header(_netSuite.Requests[0], "Authorization"));
        Assert.Equal(["5", "5"], batches.SelectMany(batch => batch.Events).Select(change => change.RecordIds.Single()));
        Assert.Equal("netsuite:main:suiteql:contact", batches[^1].Position.Stream);
    }

    public void Dispose() => _netSuite.Dispose();
}
