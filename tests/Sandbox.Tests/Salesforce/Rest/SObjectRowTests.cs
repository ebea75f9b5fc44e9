using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Tests.Salesforce.Rest;

public sealed class SObjectRowTests(SandboxFixture sandbox)
{
    [Theory]
    [InlineData("Account", "001")]
    [InlineData("Contact", "003")]
    [InlineData("Opportunity", "006")]
    public async Task Create_returns_201_with_18_character_id_of_the_object_key_prefix(string objectName, string prefix)
    {
        var org = await sandbox.NewOrgAsync();
        var accountId = await org.CreateAsync("Account", new() { ["Name"] = "Parent" });
        JsonObject fields = objectName switch
        {
            "Account" => new() { ["Name"] = "Acme" },
            "Contact" => new() { ["LastName"] = "Lovelace", ["AccountId"] = accountId },
            _ => new() { ["Name"] = "Deal", ["StageName"] = "Prospecting", ["CloseDate"] = "2026-12-31" },
        };

        var (status, body) = await org.CallAsync(HttpMethod.Post, $"sobjects/{objectName}", fields);
        var id = (string)body!["id"]!;

        Assert.Equal(201, status);
        Assert.Equal(18, id.Length);
        Assert.StartsWith(prefix, id, StringComparison.Ordinal);
        Assert.True(RecordId.TryNormalize(id[..15], out var checksummed) && checksummed == id, $"{id} has a wrong checksum");
        Assert.Equal("""{"success":true,"errors":[]}""", new JsonObject { ["success"] = body["success"]!.DeepClone(), ["errors"] = body["errors"]!.DeepClone() }.ToJsonString());
    }

    [Fact]
    public async Task Read_returns_attributes_requested_fields_and_salesforce_datetimes()
    {
        var org = await sandbox.NewOrgAsync();
        var id = await org.CreateAsync("Account", new() { ["Name"] = "Acme", ["AnnualRevenue"] = 1500 });

        var (status, body) = await org.CallAsync(HttpMethod.Get, $"sobjects/Account/{id}?fields=Name,AnnualRevenue,CreatedDate");

        Assert.Equal(200, status);
        Assert.Equal(
            $$"""{"attributes":{"type":"Account","url":"/services/data/v68.0/sobjects/Account/{{id}}"},"Id":"{{id}}","Name":"Acme","AnnualRevenue":1500.0,"CreatedDate":"2026-11-23T10:15:30.000+0000"}""",
            SalesforceTestOrg.Text(body!));
    }

    [Fact]
    public async Task Read_by_15_character_id_finds_the_record()
    {
        var org = await sandbox.NewOrgAsync();
        var id = await org.CreateAsync("Account", new() { ["Name"] = "Acme" });

        var (status, body) = await org.CallAsync(HttpMethod.Get, $"sobjects/Account/{id[..15]}?fields=Name");

        Assert.Equal((200, id), (status, (string?)body!["Id"]));
    }

    [Fact]
    public async Task Update_returns_204_and_changes_the_field()
    {
        var org = await sandbox.NewOrgAsync();
        var id = await org.CreateAsync("Contact", new() { ["FirstName"] = "Ada", ["LastName"] = "Byron" });

        var (status, _) = await org.CallAsync(HttpMethod.Patch, $"sobjects/Contact/{id}", new JsonObject { ["LastName"] = "Lovelace" });
        var (_, body) = await org.CallAsync(HttpMethod.Get, $"sobjects/Contact/{id}?fields=LastName,Name");

        Assert.Equal(204, status);
        Assert.Equal(("Lovelace", "Ada Lovelace"), ((string?)body!["LastName"], (string?)body["Name"]));
    }

    [Fact]
    public async Task Delete_returns_204_then_the_record_is_deleted_for_read_update_and_delete()
    {
        var org = await sandbox.NewOrgAsync();
        var id = await org.CreateAsync("Account", new() { ["Name"] = "Gone" });

        var (deleted, _) = await org.CallAsync(HttpMethod.Delete, $"sobjects/Account/{id}");
        var (read, readBody) = await org.CallAsync(HttpMethod.Get, $"sobjects/Account/{id}");
        var (update, _) = await org.CallAsync(HttpMethod.Patch, $"sobjects/Account/{id}", new JsonObject { ["Name"] = "x" });
        var (again, _) = await org.CallAsync(HttpMethod.Delete, $"sobjects/Account/{id}");

        Assert.Equal((204, 404, 404, 404), (deleted, read, update, again));
        Assert.Equal("ENTITY_IS_DELETED", (string?)readBody![0]!["errorCode"]);
    }

    [Fact]
    public async Task Deleting_an_account_deletes_its_contacts_and_opportunities()
    {
        var org = await sandbox.NewOrgAsync();
        var account = await org.CreateAsync("Account", new() { ["Name"] = "Parent" });
        var other = await org.CreateAsync("Account", new() { ["Name"] = "Other" });
        await org.CreateAsync("Contact", new() { ["LastName"] = "Child", ["AccountId"] = account });
        await org.CreateAsync("Contact", new() { ["LastName"] = "Elsewhere", ["AccountId"] = other });
        await org.CreateAsync("Opportunity", new() { ["Name"] = "Deal", ["StageName"] = "Prospecting", ["CloseDate"] = "2026-12-31", ["AccountId"] = account });

        await org.CallAsync(HttpMethod.Delete, $"sobjects/Account/{account}");
        var contacts = await org.QueryAsync("SELECT LastName, IsDeleted FROM Contact ORDER BY LastName", "queryAll");
        var opportunities = await org.QueryAsync("SELECT COUNT() FROM Opportunity");

        Assert.Equal("Child:True,Elsewhere:False", string.Join(",", contacts["records"]!.AsArray().Select(r => $"{r!["LastName"]}:{(bool)r["IsDeleted"]!}")));
        Assert.Equal(0, (int?)opportunities["totalSize"]);
    }

    [Fact]
    public async Task Unknown_resource_gets_404_NOT_FOUND_and_counts_as_a_call()
    {
        var org = await sandbox.NewOrgAsync();

        using var response = await org.SendAsync(HttpMethod.Get, "no/such/resource");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("api-usage=1/100000", response.Headers.GetValues("Sforce-Limit-Info").Single());
        Assert.Equal("""[{"message":"The requested resource does not exist","errorCode":"NOT_FOUND"}]""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("Account", """{"Website":"x"}""", 400, "REQUIRED_FIELD_MISSING", "Required fields are missing: [Name]", "Name")]
    [InlineData("Account", """{"Name":"a","Colour__c":"red"}""", 400, "INVALID_FIELD", "No such column 'Colour__c' on sobject of type Account", null)]
    [InlineData("Account", """{"Name":"a","CreatedDate":"2026-01-01T00:00:00Z"}""", 400, "INVALID_FIELD_FOR_INSERT_UPDATE", null, "CreatedDate")]
    [InlineData("Account", """{"Name":"a","NumberOfEmployees":"many"}""", 400, "JSON_PARSER_ERROR", null, "NumberOfEmployees")]
    [InlineData("Contact", """{"LastName":"a","AccountId":"banana"}""", 400, "MALFORMED_ID", "Account ID: id value of incorrect type: banana", "AccountId")]
    [InlineData("Contact", """{"LastName":"a","Email":"not-an-email"}""", 400, "INVALID_EMAIL_ADDRESS", null, "Email")]
    [InlineData("Nope", """{"Name":"a"}""", 404, "NOT_FOUND", "The requested resource does not exist", null)]
    public async Task Create_with_invalid_body_gets_the_salesforce_error(string objectName, string json, int status, string code, string? message, string? field)
    {
        var org = await sandbox.NewOrgAsync();

        var (actual, body) = await org.CallAsync(HttpMethod.Post, $"sobjects/{objectName}", JsonNode.Parse(json));
        var error = body![0]!;

        Assert.Equal((status, code), (actual, (string?)error["errorCode"]));
        if (message is not null)
        {
            Assert.Equal(message, (string?)error["message"]);
        }

        if (field is not null)
        {
            Assert.Equal(field, (string?)error["fields"]![0]);
        }
    }

    [Fact]
    public async Task Create_with_duplicate_unique_external_id_gets_DUPLICATE_VALUE_naming_the_existing_record()
    {
        var org = await sandbox.NewOrgAsync();
        var first = await org.CreateAsync("Account", new() { ["Name"] = "a", ["External_Id__c"] = "X-1" });

        var (status, body) = await org.CallAsync(HttpMethod.Post, "sobjects/Account", new JsonObject { ["Name"] = "b", ["External_Id__c"] = "x-1" });

        Assert.Equal(400, status);
        Assert.Equal($"duplicate value found: External_Id__c duplicates value on record with id: {first}", (string?)body![0]!["message"]);
        Assert.Equal("DUPLICATE_VALUE", (string?)body[0]!["errorCode"]);
    }

    [Theory]
    [InlineData("banana", 400, "MALFORMED_ID")]
    [InlineData("003000000000001AAA", 400, "MALFORMED_ID")]
    [InlineData("001Zz0000000001AAA", 404, "NOT_FOUND")]
    public async Task Read_with_bad_or_unknown_id_gets_error(string id, int status, string code)
    {
        var org = await sandbox.NewOrgAsync();
        var path = id.Length == 18 && RecordId.TryNormalize(id[..15], out var normalized) ? normalized : id;

        var (actual, body) = await org.CallAsync(HttpMethod.Get, $"sobjects/Account/{path}");

        Assert.Equal((status, code), (actual, (string?)body![0]!["errorCode"]));
    }
}
