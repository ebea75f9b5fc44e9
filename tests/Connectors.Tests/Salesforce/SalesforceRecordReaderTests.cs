using System.Text.RegularExpressions;
using Integration.Core.Records;
using WireMock.RequestBuilders;

namespace Integration.Connectors.Tests.Salesforce;

public sealed partial class SalesforceRecordReaderTests
{
    private const string FirstPage = """
        {"totalSize":3,"done":false,"nextRecordsUrl":"/services/data/v68.0/query/01gRO0000016PIAYA2-2000","records":[
          {"attributes":{"type":"Account","url":"/services/data/v68.0/sobjects/Account/001RO000001aAAAYA2"},"Id":"001RO000001aAAAYA2","SystemModstamp":"2026-11-23T10:15:30.000+0000","Name":"Acme","AnnualRevenue":1250000.5},
          {"attributes":{"type":"Account","url":"/services/data/v68.0/sobjects/Account/001RO000001aAABYA2"},"Id":"001RO000001aAABYA2","SystemModstamp":"2026-11-23T10:16:00.000+0000","Name":"Globex","AnnualRevenue":null}]}
        """;

    private const string SecondPage = """
        {"totalSize":3,"done":true,"records":[
          {"attributes":{"type":"Account","url":"/services/data/v68.0/sobjects/Account/001RO000001aAACYA2"},"Id":"001RO000001aAACYA2","SystemModstamp":"2026-11-24T08:00:00.000+0000","Name":"Initech","AnnualRevenue":10}]}
        """;

    [Fact]
    public async Task Stream_follows_nextRecordsUrl_until_done_and_maps_every_row()
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/query").UsingGet()).RespondWith(SalesforceTestServer.Json(200, FirstPage));
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/query/01gRO0000016PIAYA2-2000").UsingGet()).RespondWith(SalesforceTestServer.Json(200, SecondPage));

        var records = await sf.Connector.Reader.StreamAsync("Account", ["Name", "AnnualRevenue"], new RecordStreamOptions(), TestContext.Current.CancellationToken)
            .ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["001RO000001aAAAYA2", "001RO000001aAABYA2", "001RO000001aAACYA2"], records.Select(r => r.Id));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 15, 30, TimeSpan.Zero), records[0].Version.ModifiedAt);
        Assert.Equal("Acme", records[0].Fields["Name"].GetString());
        Assert.Equal(1250000.5m, records[0].Fields["AnnualRevenue"].GetDecimal());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, records[1].Fields["AnnualRevenue"].ValueKind);
        Assert.False(records[0].Fields.ContainsKey("attributes"));
        var requests = sf.DataRequests();
        Assert.Equal(2, requests.Count);
        Assert.Equal("GET", requests[0].Method);
        Assert.Equal(SalesforceTestServer.DataPath + "/query", requests[0].Path);
        Assert.Equal("SELECT Id, SystemModstamp, Name, AnnualRevenue FROM Account", SalesforceTestServer.Query(requests[0])["q"]);
        Assert.Equal(SalesforceTestServer.DataPath + "/query/01gRO0000016PIAYA2-2000", requests[1].Path);
        Assert.All(requests, r => Assert.Equal("batchSize=2000", SalesforceTestServer.Header(r, "Sforce-Query-Options")));
        Assert.All(requests, r => Assert.Equal("Bearer token-1", SalesforceTestServer.Header(r, "Authorization")));
    }

    [Fact]
    public async Task Stream_with_deleted_rows_modified_since_and_filter_uses_queryAll()
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/queryAll").UsingGet()).RespondWith(SalesforceTestServer.Json(200, """
            {"totalSize":1,"done":true,"records":[{"attributes":{"type":"Account","url":"/x"},"Id":"001RO000001aAAAYA2","SystemModstamp":"2026-11-23T10:15:30.000+0000","IsDeleted":true,"Name":"Acme"}]}
            """));
        var options = new RecordStreamOptions(new DateTimeOffset(2026, 11, 23, 11, 15, 30, 999, TimeSpan.FromHours(1)), IncludeDeleted: true, Filter: "Industry = 'Banking'");

        var records = await sf.Connector.Reader.StreamAsync("Account", ["Name"], options, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.True(Assert.Single(records).IsDeleted);
        var request = Assert.Single(sf.DataRequests());
        Assert.Equal(SalesforceTestServer.DataPath + "/queryAll", request.Path);
        Assert.Equal(
            "SELECT Id, SystemModstamp, IsDeleted, Name FROM Account WHERE SystemModstamp >= 2026-11-23T10:15:30Z AND (Industry = 'Banking')",
            SalesforceTestServer.Query(request)["q"]);
    }

    [Fact]
    public async Task ReadByIds_splits_a_large_id_list_into_requests_under_the_url_limit()
    {
        using var sf = new SalesforceTestServer(new Dictionary<string, string?> { ["MaxQueryUrlLength"] = "2000" });
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/query").UsingGet())
            .RespondWith(SalesforceTestServer.Json(200, """{"totalSize":0,"done":true,"records":[]}"""));
        var ids = Enumerable.Range(0, 300).Select(i => $"001RO{i:D10}AAA").ToList();

        await sf.Connector.Reader.ReadByIdsAsync("Account", ids, ["Name"], TestContext.Current.CancellationToken);

        var requests = sf.DataRequests();
        Assert.True(requests.Count > 1, $"300 ids under a 2000-character URL need several requests, got {requests.Count}");
        Assert.All(requests, r => Assert.True(r.Url.Length <= 2000, $"URL of {r.Url.Length} characters exceeds 2000"));
        var statements = requests.Select(r => SalesforceTestServer.Query(r)["q"]!).ToList();
        Assert.All(statements, q => Assert.StartsWith("SELECT Id, SystemModstamp, Name FROM Account WHERE Id IN ('", q, StringComparison.Ordinal));
        var sent = statements.SelectMany(q => QuotedId().Matches(q).Select(m => m.Groups[1].Value)).ToList();
        Assert.Equal(ids, sent);
    }

    [Fact]
    public async Task ReadByIds_escapes_quotes_and_backslashes_in_ids_and_returns_rows()
    {
        using var sf = new SalesforceTestServer();
        sf.Server.Given(Request.Create().WithPath(SalesforceTestServer.DataPath + "/query").UsingGet()).RespondWith(SalesforceTestServer.Json(200, """
            {"totalSize":1,"done":true,"records":[{"attributes":{"type":"Contact","url":"/x"},"Id":"003RO000001aAAAYA2","SystemModstamp":"2026-11-23T10:15:30.000+0000","Account":{"attributes":{"type":"Account","url":"/y"},"Name":"Acme"}}]}
            """));

        var records = await sf.Connector.Reader.ReadByIdsAsync("Contact", ["003RO000001aAAAYA2", @"x' OR Name LIKE '\"], ["Account.Name"], TestContext.Current.CancellationToken);

        Assert.Equal("Acme", Assert.Single(records).Fields["Account.Name"].GetString());
        Assert.Equal(
            @"SELECT Id, SystemModstamp, Account.Name FROM Contact WHERE Id IN ('003RO000001aAAAYA2','x\' OR Name LIKE \'\\')",
            SalesforceTestServer.Query(Assert.Single(sf.DataRequests()))["q"]);
    }

    [Theory]
    [InlineData("Account; DELETE")]
    [InlineData("Account WHERE")]
    [InlineData("")]
    public async Task Object_names_that_are_not_API_names_are_refused_before_any_request(string objectName)
    {
        using var sf = new SalesforceTestServer();

        await Assert.ThrowsAsync<ArgumentException>(() => sf.Connector.Reader.ReadByIdsAsync(objectName, ["001"], ["Name"], TestContext.Current.CancellationToken));

        Assert.Empty(sf.Requests());
    }

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedId();
}
