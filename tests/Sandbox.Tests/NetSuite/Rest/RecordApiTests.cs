using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.NetSuite.Rest;

public sealed class RecordApiTests(SandboxFixture fixture)
{
    private const string Record = "services/rest/record/v1";

    [Fact]
    public async Task Post_answers_204_with_the_location_of_the_new_record()
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);

        var (status, body, response) = await account.CallAsync(HttpMethod.Post, $"{Record}/customer", new JsonObject { ["companyName"] = "Acme" });

        Assert.Equal(204, status);
        Assert.Null(body);
        Assert.Matches($@"^http://127\.0\.0\.1:{fixture.Host.NetSuiteBaseUrl.Port}/services/rest/record/v1/customer/\d+$", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Get_returns_links_string_id_and_references_as_id_refName_links()
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);
        var customer = await account.CreateAsync("customer", new JsonObject { ["companyName"] = "Globex", ["externalId"] = "C-1" });
        var contact = await account.CreateAsync("contact", new JsonObject { ["firstName"] = "Ada", ["lastName"] = "Lovelace", ["company"] = new JsonObject { ["id"] = customer } });

        var (status, body, _) = await account.CallAsync(HttpMethod.Get, $"{Record}/contact/{contact}");

        Assert.Equal(200, status);
        Assert.Equal(contact, (string)body!["id"]!);
        Assert.EndsWith($"/contact/{contact}", (string)body["links"]![0]!["href"]!, StringComparison.Ordinal);
        var company = body["company"]!;
        Assert.Equal(customer, (string)company["id"]!);
        Assert.Equal("Globex", (string)company["refName"]!);
        Assert.EndsWith($"/customer/{customer}", (string)company["links"]![0]!["href"]!, StringComparison.Ordinal);
        Assert.Equal("2026-11-23T10:15:30Z", (string)body["lastModifiedDate"]!);
    }

    [Fact]
    public async Task Patch_answers_204_and_changes_only_the_fields_sent()
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);
        var id = await account.CreateAsync("customer", new JsonObject { ["companyName"] = "Initech", ["phone"] = "555-0100" });

        var (status, _, _) = await account.CallAsync(HttpMethod.Patch, $"{Record}/customer/{id}", new JsonObject { ["phone"] = "555-0199" });
        var (_, body, _) = await account.CallAsync(HttpMethod.Get, $"{Record}/customer/{id}");

        Assert.Equal(204, status);
        Assert.Equal("555-0199", (string)body!["phone"]!);
        Assert.Equal("Initech", (string)body["companyName"]!);
    }

    [Fact]
    public async Task Upsert_by_external_id_creates_then_updates_the_same_record()
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);

        var (first, _, created) = await account.CallAsync(HttpMethod.Put, $"{Record}/customer/eid:EXT-42", new JsonObject { ["companyName"] = "Hooli" });
        var (second, _, updated) = await account.CallAsync(HttpMethod.Put, $"{Record}/customer/eid:EXT-42", new JsonObject { ["companyName"] = "Hooli XYZ" });
        var (_, body, _) = await account.CallAsync(HttpMethod.Get, $"{Record}/customer/eid:EXT-42");
        var list = (await account.CallAsync(HttpMethod.Get, $"{Record}/customer")).Body!;

        Assert.Equal((204, 204), (first, second));
        Assert.Equal(created.Headers.Location, updated.Headers.Location);
        Assert.Equal("Hooli XYZ", (string)body!["companyName"]!);
        Assert.Equal("EXT-42", (string)body["externalId"]!);
        Assert.Equal(1, (int)list["totalResults"]!);
    }

    [Fact]
    public async Task Delete_answers_204_and_a_later_get_is_404_in_NetSuite_error_shape()
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);
        var id = await account.CreateAsync("customer", new JsonObject { ["companyName"] = "Umbrella" });

        var (deleted, _, _) = await account.CallAsync(HttpMethod.Delete, $"{Record}/customer/{id}");
        var (status, body, _) = await account.CallAsync(HttpMethod.Get, $"{Record}/customer/{id}");

        Assert.Equal(204, deleted);
        Assert.Equal(404, status);
        Assert.Equal("Not Found", (string)body!["title"]!);
        Assert.Equal(404, (int)body["status"]!);
        Assert.Equal("NONEXISTENT_ID", (string)body["o:errorDetails"]![0]!["o:errorCode"]!);
    }

    [Theory]
    [InlineData("customer", """{"phone":"1"}""", "USER_ERROR", "companyName")]
    [InlineData("contact", """{"lastName":"X","company":{"id":"999999"}}""", "USER_ERROR", "company")]
    [InlineData("customer", """{"companyName":42}""", "USER_ERROR", "companyName")]
    public async Task Invalid_create_is_400_naming_the_field(string type, string json, string code, string path)
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);

        var (status, body, _) = await account.CallAsync(HttpMethod.Post, $"{Record}/{type}", JsonNode.Parse(json));

        Assert.Equal(400, status);
        Assert.Equal(code, (string)body!["o:errorDetails"]![0]!["o:errorCode"]!);
        Assert.Equal(path, (string)body["o:errorDetails"]![0]!["o:errorPath"]!);
    }

    [Fact]
    public async Task List_pages_with_limit_and_offset_and_reports_totals_and_links()
    {
        var account = await NetSuiteTestAccount.CreateAsync(fixture.Host, fixture.Time);
        await account.ControlAsync(HttpMethod.Post, "/seed", new { seed = 1, customers = 5 });

        var (status, body, _) = await account.CallAsync(HttpMethod.Get, $"{Record}/customer?limit=2&offset=2");
        var (misaligned, _, _) = await account.CallAsync(HttpMethod.Get, $"{Record}/customer?limit=2&offset=3");

        Assert.Equal(200, status);
        Assert.Equal(2, (int)body!["count"]!);
        Assert.Equal(5, (int)body["totalResults"]!);
        Assert.True((bool)body["hasMore"]!);
        Assert.Equal(2, (int)body["offset"]!);
        Assert.All(body["items"]!.AsArray(), item => Assert.NotNull(item!["links"]![0]!["href"]));
        var rels = body["links"]!.AsArray().Select(l => (string)l!["rel"]!).ToList();
        Assert.Equal(["prev", "first", "next", "last", "self"], rels);
        Assert.Equal(400, misaligned);
    }
}
