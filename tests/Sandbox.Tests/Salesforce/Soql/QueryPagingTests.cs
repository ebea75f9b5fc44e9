using System.Text.RegularExpressions;

namespace Integration.Sandbox.Tests.Salesforce.Soql;

public sealed partial class QueryPagingTests(SandboxFixture sandbox)
{
    [Theory]
    [InlineData(null, new[] { 2000, 2000, 1000 })]
    [InlineData("batchSize=1500", new[] { 1500, 1500, 1500, 500 })]
    [InlineData("batchSize=50", new[] { 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200 })]
    public async Task Query_of_5000_records_pages_through_nextRecordsUrl_returning_each_once(string? queryOptions, int[] expectedPages)
    {
        var org = await sandbox.NewOrgAsync();
        await org.SeedAsync(seed: 5, accounts: 5000);
        var ids = new List<string>();
        var pages = new List<int>();

        var url = SalesforceTestOrg.Api($"query?q={Uri.EscapeDataString("SELECT Id, Name FROM Account")}");
        while (url is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (queryOptions is not null)
            {
                request.Headers.Add("Sforce-Query-Options", queryOptions);
            }

            using var response = await org.Http.SendAsync(request, TestContext.Current.CancellationToken);
            var page = (await SalesforceTestOrg.ReadAsync(response))!;
            Assert.Equal(5000, (int?)page["totalSize"]);
            var records = page["records"]!.AsArray();
            pages.Add(records.Count);
            ids.AddRange(records.Select(r => (string)r!["Id"]!));
            var next = (string?)page["nextRecordsUrl"];
            Assert.Equal(next is null, (bool?)page["done"]);
            if (next is not null)
            {
                Assert.Matches(NextRecordsUrl(), next);
                Assert.EndsWith($"-{ids.Count}", next, StringComparison.Ordinal);
            }

            url = next?.TrimStart('/');
        }

        Assert.Equal(expectedPages, pages);
        Assert.Equal(5000, ids.Distinct().Count());
    }

    [Fact]
    public async Task Unknown_query_locator_gets_INVALID_QUERY_LOCATOR()
    {
        var org = await sandbox.NewOrgAsync();

        var (status, body) = await org.CallAsync(HttpMethod.Get, "query/0r8Qc0000000001AAA-2000");

        Assert.Equal((400, "INVALID_QUERY_LOCATOR"), (status, (string?)body![0]!["errorCode"]));
    }

    [Fact]
    public async Task QueryAll_sees_deleted_rows_and_query_does_not()
    {
        var org = await sandbox.NewOrgAsync();
        var kept = await org.CreateAsync("Account", new() { ["Name"] = "Kept" });
        var gone = await org.CreateAsync("Account", new() { ["Name"] = "Gone" });
        await org.CallAsync(HttpMethod.Delete, $"sobjects/Account/{gone}");

        var query = await org.QueryAsync("SELECT Id, IsDeleted FROM Account");
        var queryAll = await org.QueryAsync("SELECT Id, IsDeleted FROM Account ORDER BY Name", "queryAll");
        var deletedOnly = await org.QueryAsync("SELECT Id FROM Account WHERE IsDeleted = true", "queryAll");

        Assert.Equal(kept, (string?)query["records"]!.AsArray().Single()!["Id"]);
        Assert.Equal($"{gone}:True,{kept}:False", string.Join(",", queryAll["records"]!.AsArray().Select(r => $"{r!["Id"]}:{(bool)r["IsDeleted"]!}")));
        Assert.Equal(gone, (string?)deletedOnly["records"]!.AsArray().Single()!["Id"]);
    }

    [Theory]
    [InlineData("query", "Id = '{0}'", 0)]
    [InlineData("queryAll", "Id = '{0}'", 1)]
    [InlineData("query", "External_Id__c IN ('X-1', 'X-2')", 1)]
    [InlineData("queryAll", "External_Id__c IN ('X-1', 'X-2')", 2)]
    [InlineData("queryAll", "External_Id__c = 'x-1' AND IsDeleted = true", 1)]
    public async Task Indexed_lookups_agree_with_scans_for_deleted_rows(string resource, string where, int expected)
    {
        var org = await sandbox.NewOrgAsync();
        var gone = await org.CreateAsync("Account", new() { ["Name"] = "Gone", ["External_Id__c"] = "X-1" });
        await org.CreateAsync("Account", new() { ["Name"] = "Kept", ["External_Id__c"] = "X-2" });
        await org.CallAsync(HttpMethod.Delete, $"sobjects/Account/{gone}");

        var result = await org.QueryAsync($"SELECT Id FROM Account WHERE {string.Format(System.Globalization.CultureInfo.InvariantCulture, where, gone)}", resource);

        Assert.Equal(expected, (int?)result["totalSize"]);
    }

    [Fact]
    public async Task QueryAll_continues_through_the_query_locator_path()
    {
        var org = await sandbox.NewOrgAsync();
        await org.SeedAsync(seed: 9, accounts: 2100);

        var first = await org.QueryAsync("SELECT Id FROM Account", "queryAll");
        var next = ((string)first["nextRecordsUrl"]!).TrimStart('/');
        var (status, second) = await org.CallAsync(HttpMethod.Get, next["services/data/v68.0/".Length..].Replace("query/", "queryAll/", StringComparison.Ordinal));

        Assert.Equal((200, 100, true), (status, second!["records"]!.AsArray().Count, (bool?)second["done"]));
        Assert.Contains("/query/", (string?)first["nextRecordsUrl"], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^/services/data/v68\.0/query/0r8[0-9A-Za-z]{15}-\d+$")]
    private static partial Regex NextRecordsUrl();

}
