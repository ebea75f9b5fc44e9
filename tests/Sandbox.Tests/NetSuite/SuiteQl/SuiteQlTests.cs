using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.NetSuite.SuiteQl;

public sealed class SuiteQlTests(SandboxFixture fixture)
{
    private const string SuiteQlPath = "services/rest/query/v1/suiteql";

    [Fact]
    public async Task Paging_3000_customers_by_1000_returns_each_id_once()
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);
        await account.ControlAsync(HttpMethod.Post, "/seed", new { seed = 7, customers = 3000 });

        var ids = new List<string>();
        var pages = new List<(int Count, bool HasMore, int Total)>();
        for (var offset = 0; ; offset += 1000)
        {
            var page = await account.QueryAsync("SELECT id, companyname FROM customer ORDER BY id", 1000, offset);
            ids.AddRange(page["items"]!.AsArray().Select(i => (string)i!["id"]!));
            pages.Add(((int)page["count"]!, (bool)page["hasMore"]!, (int)page["totalResults"]!));
            if (!(bool)page["hasMore"]!)
            {
                break;
            }
        }

        Assert.Equal([(1000, true, 3000), (1000, true, 3000), (1000, false, 3000)], pages);
        Assert.Equal(3000, ids.Distinct().Count());
    }

    [Fact]
    public async Task Items_have_lower_case_columns_string_values_and_no_null_columns()
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);
        var id = await account.CreateAsync("customer", new JsonObject { ["companyName"] = "Acme", ["externalId"] = "E-1" });

        var page = await account.QueryAsync("SELECT ID, CompanyName AS Name, email, externalid FROM customer");

        var item = page["items"]![0]!.AsObject();
        Assert.Equal(id, (string)item["id"]!);
        Assert.Equal("Acme", (string)item["name"]!);
        Assert.False(item.ContainsKey("email"));
        Assert.Equal(["links", "id", "name", "externalid"], item.Select(p => p.Key));
    }

    [Fact]
    public async Task Where_with_in_and_or_and_parentheses_selects_the_matching_rows()
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);
        await account.ControlAsync(HttpMethod.Post, "/seed", new { seed = 3, customers = 6 });

        var page = await account.QueryAsync(
            "SELECT externalid FROM customer c WHERE (c.externalid IN ('CUS-3-1', 'CUS-3-2', 'CUS-3-5') AND id > 0) OR externalid = 'CUS-3-6' ORDER BY externalid DESC");

        Assert.Equal(["CUS-3-6", "CUS-3-5", "CUS-3-2", "CUS-3-1"], page["items"]!.AsArray().Select(i => (string)i!["externalid"]!));
    }

    [Fact]
    public async Task Aggregates_count_sum_min_max_over_sales_orders()
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);
        var customer = await account.CreateAsync("customer", new JsonObject { ["companyName"] = "Stark" });
        foreach (var total in new[] { 10.5m, 20m, 30.25m })
        {
            await account.CreateAsync("salesOrder", new JsonObject { ["entity"] = new JsonObject { ["id"] = customer }, ["total"] = total });
        }

        var page = await account.QueryAsync("SELECT COUNT(*) AS n, SUM(foreigntotal) AS total, MIN(foreigntotal), MAX(foreigntotal) FROM transaction WHERE type = 'SalesOrd'");

        var row = page["items"]![0]!;
        Assert.Equal(("3", "60.75", "10.5", "30.25"), ((string)row["n"]!, (string)row["total"]!, (string)row["expr1"]!, (string)row["expr2"]!));
    }

    [Fact]
    public async Task Deleted_records_appear_in_deletedrecord_with_type_and_date()
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);
        var id = await account.CreateAsync("customer", new JsonObject { ["companyName"] = "Wayne" });
        await account.CallAsync(HttpMethod.Delete, $"services/rest/record/v1/customer/{id}");

        var page = await account.QueryAsync("SELECT recordid, type, TO_CHAR(deleteddate, 'YYYY-MM-DD HH24:MI:SS') AS deleted FROM deletedrecord WHERE type = 'customer'");

        var row = Assert.Single(page["items"]!.AsArray())!;
        Assert.Equal((id, "customer", "2026-11-23 02:15:30"), ((string)row["recordid"]!, (string)row["type"]!, (string)row["deleted"]!));
    }

    [Fact]
    public async Task Query_without_Prefer_transient_is_rejected()
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);

        var (status, body, _) = await account.CallAsync(HttpMethod.Post, SuiteQlPath, new JsonObject { ["q"] = "SELECT id FROM customer" });

        Assert.Equal(400, status);
        Assert.Contains("Prefer: transient", (string)body!["o:errorDetails"]![0]!["detail"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SELECT c.id FROM customer c JOIN contact k ON k.company = c.id", "near 'JOIN'")]
    [InlineData("SELECT companyname, COUNT(*) FROM customer GROUP BY companyname", "near 'GROUP'")]
    [InlineData("SELECT id FROM customer WHERE companyname LIKE 'A%'", "near 'LIKE'")]
    [InlineData("SELECT id FROM customer WHERE id IN (SELECT company FROM contact)", "near 'SELECT'")]
    [InlineData("SELECT nosuchfield FROM customer", "Field 'nosuchfield' for record 'customer' was not found")]
    [InlineData("SELECT id FROM vendor", "Record 'vendor' was not found")]
    [InlineData("SELECT id FROM customer WHERE lastmodifieddate > '2026-11-23'", "Use TO_DATE")]
    [InlineData("SELECT DISTINCT id FROM customer", "Expected a column")]
    [InlineData("SELECT BUILTIN.DF(id) FROM customer", "Expected FROM but found '('")]
    public async Task Unsupported_syntax_is_a_SuiteQL_error_not_an_answer(string query, string reason)
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);

        var (status, body, _) = await account.CallAsync(HttpMethod.Post, SuiteQlPath, new JsonObject { ["q"] = query }, r => r.Headers.TryAddWithoutValidation("Prefer", "transient"));

        Assert.Equal(400, status);
        var detail = body!["o:errorDetails"]![0]!;
        Assert.Equal("INVALID_PARAMETER", (string)detail["o:errorCode"]!);
        Assert.StartsWith("Invalid search query.", (string)detail["detail"]!, StringComparison.Ordinal);
        Assert.Contains(reason, (string)detail["detail"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1001, 0)]
    [InlineData(1000, 500)]
    [InlineData(1000, 100_000)]
    public async Task Limit_and_offset_outside_the_documented_rules_are_rejected(int limit, int offset)
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);

        var (status, body, _) = await account.CallAsync(HttpMethod.Post, $"{SuiteQlPath}?limit={limit}&offset={offset}", new JsonObject { ["q"] = "SELECT id FROM customer" },
            r => r.Headers.TryAddWithoutValidation("Prefer", "transient"));

        Assert.Equal(400, status);
        Assert.Equal("INVALID_PARAMETER", (string)body!["o:errorDetails"]![0]!["o:errorCode"]!);
    }
}
