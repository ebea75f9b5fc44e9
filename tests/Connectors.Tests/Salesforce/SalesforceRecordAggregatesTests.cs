using Integration.Core.Reconciliation;
using WireMock.RequestBuilders;

namespace Integration.Connectors.Tests.Salesforce;

public sealed class SalesforceRecordAggregatesTests
{
    private const string QueryPath = SalesforceTestServer.DataPath + "/query";

    [Theory]
    [InlineData(null, "SELECT COUNT() FROM Account")]
    [InlineData("Industry = 'Banking'", "SELECT COUNT() FROM Account WHERE Industry = 'Banking'")]
    public async Task Count_sends_SELECT_COUNT_and_returns_totalSize(string? filter, string soql)
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(QueryPath).UsingGet()).RespondWith(SalesforceTestServer.Json(200, """{"totalSize":50000,"done":true,"records":[]}"""));

        var count = await sf.Connector.Aggregates.CountAsync("Account", filter, TestContext.Current.CancellationToken);

        Assert.Equal(50000, count);
        Assert.Equal(soql, SalesforceTestServer.Query(Assert.Single(sf.DataRequests()))["q"]);
    }

    [Fact]
    public async Task Aggregate_sends_aliased_SOQL_and_reads_the_AggregateResult_row()
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(QueryPath).UsingGet()).RespondWith(SalesforceTestServer.Json(200, """
            {"totalSize":1,"done":true,"records":[{"attributes":{"type":"AggregateResult"},
              "recordCount":3,"sum0":1250010.5,"sum1":null,"min0":"2026-01-02T03:04:05.000+0000","max0":"2026-11-23T10:15:30.000+0000","min1":"2026-02-01","max1":null}]}
            """));
        var request = new AggregateRequest(["AnnualRevenue", "NumberOfEmployees"], ["CreatedDate", "Renewal_Date__c"], "IsActive__c = true");

        var aggregates = await sf.Connector.Aggregates.AggregateAsync("Account", request, TestContext.Current.CancellationToken);

        Assert.Equal(
            "SELECT COUNT(Id) recordCount, SUM(AnnualRevenue) sum0, SUM(NumberOfEmployees) sum1, MIN(CreatedDate) min0, MIN(Renewal_Date__c) min1, MAX(CreatedDate) max0, MAX(Renewal_Date__c) max1 FROM Account WHERE IsActive__c = true",
            SalesforceTestServer.Query(Assert.Single(sf.DataRequests()))["q"]);
        Assert.Equal(3, aggregates.Count);
        Assert.Equal(1250010.5m, aggregates.Sums["AnnualRevenue"]);
        Assert.Null(aggregates.Sums["NumberOfEmployees"]);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), aggregates.Minimums["CreatedDate"]);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 15, 30, TimeSpan.Zero), aggregates.Maximums["CreatedDate"]);
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), aggregates.Minimums["Renewal_Date__c"]);
        Assert.Null(aggregates.Maximums["Renewal_Date__c"]);
    }
}
