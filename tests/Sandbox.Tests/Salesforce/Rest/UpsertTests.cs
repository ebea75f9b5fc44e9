using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.Salesforce.Rest;

public sealed class UpsertTests(SandboxFixture sandbox)
{
    [Fact]
    public async Task Upsert_of_new_external_id_creates_with_201_and_created_true()
    {
        var org = await sandbox.NewOrgAsync();

        var (status, body) = await org.CallAsync(HttpMethod.Patch, "sobjects/Account/External_Id__c/EXT-1", new JsonObject { ["Name"] = "Acme" });
        var (_, read) = await org.CallAsync(HttpMethod.Get, $"sobjects/Account/{(string)body!["id"]!}?fields=External_Id__c");

        Assert.Equal(201, status);
        Assert.Equal((true, true), ((bool?)body["success"], (bool?)body["created"]));
        Assert.Equal("EXT-1", (string?)read!["External_Id__c"]);
    }

    [Theory]
    [InlineData("68.0", 200)]
    [InlineData("46.0", 200)]
    [InlineData("45.0", 204)]
    public async Task Upsert_of_existing_external_id_updates_with_200_from_v46_and_204_before(string version, int expected)
    {
        var org = await sandbox.NewOrgAsync();
        var id = await org.CreateAsync("Account", new() { ["Name"] = "Old", ["External_Id__c"] = "EXT-2" });
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"services/data/v{version}/sobjects/Account/External_Id__c/EXT-2")
        {
            Content = new StringContent("""{"Name":"New"}""", System.Text.Encoding.UTF8, "application/json"),
        };

        using var response = await org.Http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await SalesforceTestOrg.ReadAsync(response);
        var (_, read) = await org.CallAsync(HttpMethod.Get, $"sobjects/Account/{id}?fields=Name");

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal("New", (string?)read!["Name"]);
        if (expected == 200)
        {
            Assert.Equal((id, false), ((string?)body!["id"], (bool?)body["created"]));
        }
    }

    [Fact]
    public async Task Upsert_matching_several_records_gets_300_with_their_urls()
    {
        var org = await sandbox.NewOrgAsync();
        var first = await org.CreateAsync("Account", new() { ["Name"] = "a", ["Legacy_Number__c"] = "L-7" });
        var second = await org.CreateAsync("Account", new() { ["Name"] = "b", ["Legacy_Number__c"] = "L-7" });

        var (status, body) = await org.CallAsync(HttpMethod.Patch, "sobjects/Account/Legacy_Number__c/L-7", new JsonObject { ["Name"] = "c" });

        Assert.Equal(300, status);
        Assert.Equal($"""["/services/data/v68.0/sobjects/Account/{first}","/services/data/v68.0/sobjects/Account/{second}"]""", body!.ToJsonString());
    }

    [Theory]
    [InlineData("Name", 400, "INVALID_FIELD")]
    [InlineData("No_Such__c", 404, "NOT_FOUND")]
    public async Task Upsert_on_a_field_that_is_no_external_id_fails(string field, int status, string code)
    {
        var org = await sandbox.NewOrgAsync();

        var (actual, body) = await org.CallAsync(HttpMethod.Patch, $"sobjects/Account/{field}/v", new JsonObject { ["Name"] = "c" });

        Assert.Equal((status, code), (actual, (string?)body![0]!["errorCode"]));
    }

    [Fact]
    public async Task Upsert_after_delete_creates_a_new_record()
    {
        var org = await sandbox.NewOrgAsync();
        var id = await org.CreateAsync("Account", new() { ["Name"] = "a", ["External_Id__c"] = "EXT-3" });
        await org.CallAsync(HttpMethod.Delete, $"sobjects/Account/{id}");

        var (status, body) = await org.CallAsync(HttpMethod.Patch, "sobjects/Account/External_Id__c/EXT-3", new JsonObject { ["Name"] = "b" });

        Assert.Equal(201, status);
        Assert.NotEqual(id, (string?)body!["id"]);
    }
}
