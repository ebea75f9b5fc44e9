using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.Salesforce.Rest;

public sealed class CollectionTests(SandboxFixture sandbox)
{
    [Theory]
    [InlineData(false, "true,false,true", 2)]
    [InlineData(true, "false,false,false", 0)]
    public async Task Create_collection_reports_per_record_results_in_request_order(bool allOrNone, string expectedSuccess, int expectedCount)
    {
        var org = await sandbox.NewOrgAsync();
        var body = Records(allOrNone,
            new JsonObject { ["attributes"] = Type("Account"), ["Name"] = "one" },
            new JsonObject { ["attributes"] = Type("Account"), ["Website"] = "no name" },
            new JsonObject { ["attributes"] = Type("Account"), ["Name"] = "three" });

        var (status, results) = await org.CallAsync(HttpMethod.Post, "composite/sobjects", body);
        var count = await org.QueryAsync("SELECT COUNT() FROM Account");

        Assert.Equal(200, status);
        Assert.Equal(expectedSuccess, string.Join(",", results!.AsArray().Select(r => ((bool)r!["success"]!).ToString().ToLowerInvariant())));
        Assert.Equal(expectedCount, (int?)count["totalSize"]);
        var failed = results[1]!.AsObject();
        Assert.False(failed.ContainsKey("id"));
        Assert.Equal("""[{"statusCode":"REQUIRED_FIELD_MISSING","message":"Required fields are missing: [Name]","fields":["Name"]}]""", SalesforceTestOrg.Text(failed["errors"]!));
        if (allOrNone)
        {
            Assert.Equal("ALL_OR_NONE_OPERATION_ROLLED_BACK", (string?)results[0]!["errors"]![0]!["statusCode"]);
            Assert.False(results[0]!.AsObject().ContainsKey("id"));
        }
        else
        {
            Assert.StartsWith("001", (string?)results[0]!["id"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Upsert_collection_reports_created_flags_and_updates_existing_records()
    {
        var org = await sandbox.NewOrgAsync();
        var existing = await org.CreateAsync("Account", new() { ["Name"] = "Old", ["External_Id__c"] = "E-1" });
        var body = Records(false,
            new JsonObject { ["attributes"] = Type("Account"), ["External_Id__c"] = "E-1", ["Name"] = "Updated" },
            new JsonObject { ["attributes"] = Type("Account"), ["External_Id__c"] = "E-2", ["Name"] = "New" });

        var (status, results) = await org.CallAsync(HttpMethod.Patch, "composite/sobjects/Account/External_Id__c", body);
        var names = await org.QueryAsync("SELECT Name FROM Account ORDER BY External_Id__c");

        Assert.Equal(200, status);
        Assert.Equal((existing, false), ((string?)results![0]!["id"], (bool?)results[0]!["created"]));
        Assert.Equal((true, true), ((bool?)results[1]!["success"], (bool?)results[1]!["created"]));
        Assert.Equal("Updated,New", string.Join(",", names["records"]!.AsArray().Select(r => (string?)r!["Name"])));
    }

    [Fact]
    public async Task Upsert_collection_with_allOrNone_rolls_back_updates_when_one_record_fails()
    {
        var org = await sandbox.NewOrgAsync();
        var existing = await org.CreateAsync("Account", new() { ["Name"] = "Original", ["External_Id__c"] = "E-1" });
        var body = Records(true,
            new JsonObject { ["attributes"] = Type("Account"), ["External_Id__c"] = "E-1", ["Name"] = "Changed" },
            new JsonObject { ["attributes"] = Type("Account"), ["External_Id__c"] = "E-2", ["NumberOfEmployees"] = "lots", ["Name"] = "Bad" });

        var (_, results) = await org.CallAsync(HttpMethod.Patch, "composite/sobjects/Account/External_Id__c", body);
        var (_, read) = await org.CallAsync(HttpMethod.Get, $"sobjects/Account/{existing}?fields=Name");
        var count = await org.QueryAsync("SELECT COUNT() FROM Account");

        Assert.Equal("ALL_OR_NONE_OPERATION_ROLLED_BACK", (string?)results![0]!["errors"]![0]!["statusCode"]);
        Assert.Equal("JSON_PARSER_ERROR", (string?)results[1]!["errors"]![0]!["statusCode"]);
        Assert.Equal(("Original", 1), ((string?)read!["Name"], (int?)count["totalSize"]));
    }

    [Fact]
    public async Task Update_and_delete_collections_report_each_record()
    {
        var org = await sandbox.NewOrgAsync();
        var a = await org.CreateAsync("Account", new() { ["Name"] = "a" });
        var b = await org.CreateAsync("Account", new() { ["Name"] = "b" });

        var (_, updated) = await org.CallAsync(HttpMethod.Patch, "composite/sobjects", Records(false,
            new JsonObject { ["attributes"] = Type("Account"), ["id"] = a, ["Name"] = "a2" },
            new JsonObject { ["attributes"] = Type("Account"), ["Name"] = "no id" }));
        var (status, deleted) = await org.CallAsync(HttpMethod.Delete, $"composite/sobjects?ids={a},{b},001Zz0000000009AAA&allOrNone=false");

        Assert.Equal((true, false), ((bool?)updated![0]!["success"], (bool?)updated[1]!["success"]));
        Assert.Equal("MISSING_ARGUMENT", (string?)updated[1]!["errors"]![0]!["statusCode"]);
        Assert.Equal(200, status);
        Assert.Equal("True,True,False", string.Join(",", deleted!.AsArray().Select(r => (bool)r!["success"]!)));
    }

    [Fact]
    public async Task Collection_of_more_than_200_records_is_refused()
    {
        var org = await sandbox.NewOrgAsync();
        var records = Enumerable.Range(0, 201).Select(i => (JsonNode)new JsonObject { ["attributes"] = Type("Account"), ["Name"] = $"n{i}" });

        var (status, body) = await org.CallAsync(HttpMethod.Post, "composite/sobjects", new JsonObject { ["allOrNone"] = false, ["records"] = new JsonArray([.. records]) });

        Assert.Equal((400, "EXCEEDED_ID_LIMIT"), (status, (string?)body![0]!["errorCode"]));
    }

    private static JsonObject Type(string name) => new() { ["type"] = name };

    private static JsonObject Records(bool allOrNone, params JsonObject[] records) =>
        new() { ["allOrNone"] = allOrNone, ["records"] = new JsonArray([.. records]) };
}
