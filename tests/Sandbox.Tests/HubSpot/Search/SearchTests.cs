using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.HubSpot.Search;

public sealed class SearchTests(SandboxFixture sandbox)
{
    private static readonly (string Email, string First, string Score)[] People =
    [
        ("ada@alpha.com", "Ada", "10"),
        ("alan@beta.com", "Alan", "200"),
        ("grace@alpha.com", "Grace", "30"),
        ("ken@gamma.org", "Ken", ""),
        ("edsger@beta.com", "Edsger", "5"),
    ];

    public static TheoryData<string, string> Operators => new()
    {
        { """{"propertyName":"firstname","operator":"EQ","value":"ada"}""", "Ada" },
        { """{"propertyName":"firstname","operator":"NEQ","value":"Ada"}""", "Alan,Grace,Ken,Edsger" },
        { """{"propertyName":"score","operator":"LT","value":"30"}""", "Ada,Edsger" },
        { """{"propertyName":"score","operator":"LTE","value":"30"}""", "Ada,Grace,Edsger" },
        { """{"propertyName":"score","operator":"GT","value":"30"}""", "Alan" },
        { """{"propertyName":"score","operator":"GTE","value":"5"}""", "Ada,Alan,Grace,Edsger" },
        { """{"propertyName":"score","operator":"GT","value":"1000"}""", "" },
        { """{"propertyName":"firstname","operator":"BETWEEN","value":"b","highValue":"h"}""", "Grace,Edsger" },
        { """{"propertyName":"firstname","operator":"IN","values":["ken","grace"]}""", "Grace,Ken" },
        { """{"propertyName":"firstname","operator":"NOT_IN","values":["ken","grace"]}""", "Ada,Alan,Edsger" },
        { """{"propertyName":"score","operator":"HAS_PROPERTY"}""", "Ada,Alan,Grace,Edsger" },
        { """{"propertyName":"score","operator":"NOT_HAS_PROPERTY"}""", "Ken" },
        { """{"propertyName":"email","operator":"CONTAINS_TOKEN","value":"*@alpha.com"}""", "Ada,Grace" },
        { """{"propertyName":"email","operator":"NOT_CONTAINS_TOKEN","value":"*@alpha.com"}""", "Alan,Ken,Edsger" },
    };

    [Theory]
    [MemberData(nameof(Operators))]
    public async Task Filter_operator_selects_the_expected_contacts(string filter, string expected)
    {
        var portal = await PeopleAsync();

        var (status, body) = await SearchAsync(portal, $$"""{"filterGroups":[{"filters":[{{filter}}]}],"properties":["firstname"]}""");

        Assert.Equal(200, status);
        Assert.Equal(expected, string.Join(',', body!["results"]!.AsArray().Select(r => (string?)r!["properties"]!["firstname"])));
        Assert.Equal(expected.Length == 0 ? 0 : expected.Split(',').Length, (int?)body["total"]);
    }

    [Fact]
    public async Task Filter_groups_are_ORed_and_filters_within_a_group_ANDed()
    {
        var portal = await PeopleAsync();

        var (_, body) = await SearchAsync(portal, """
            {"filterGroups":[
              {"filters":[{"propertyName":"email","operator":"CONTAINS_TOKEN","value":"*@beta.com"},{"propertyName":"firstname","operator":"EQ","value":"Alan"}]},
              {"filters":[{"propertyName":"firstname","operator":"EQ","value":"Ken"}]}],
             "properties":["firstname"]}
            """);

        Assert.Equal("Alan,Ken", string.Join(',', body!["results"]!.AsArray().Select(r => (string?)r!["properties"]!["firstname"])));
    }

    [Fact]
    public async Task Sort_descending_by_a_property_and_after_offsets_page_through_total()
    {
        var portal = await PeopleAsync();

        var (_, first) = await SearchAsync(portal, """{"sorts":[{"propertyName":"firstname","direction":"DESCENDING"}],"properties":["firstname"],"limit":3}""");
        var after = (string)first!["paging"]!["next"]!["after"]!;
        var (_, second) = await SearchAsync(portal, $$"""{"sorts":[{"propertyName":"firstname","direction":"DESCENDING"}],"properties":["firstname"],"limit":3,"after":"{{after}}"}""");

        Assert.Equal(("3", 5), (after, (int?)first["total"]));
        Assert.Equal("Ken,Grace,Edsger,Alan,Ada", string.Join(',', first["results"]!.AsArray().Concat(second!["results"]!.AsArray()).Select(r => (string?)r!["properties"]!["firstname"])));
        Assert.Null(second["paging"]);
    }

    public static TheoryData<string, string> Refused => new()
    {
        { """{"after":"10000"}""", "10000" },
        { """{"limit":201}""", "201" },
        { """{"after":"abc"}""", "integer" },
        { """{"sorts":[{"propertyName":"email"},{"propertyName":"firstname"}]}""", "one sort" },
        { "{\"filterGroups\":[" + string.Join(',', Enumerable.Repeat("""{"filters":[{"propertyName":"email","operator":"HAS_PROPERTY"}]}""", 6)) + "]}", "5" },
        { "{\"filterGroups\":[{\"filters\":[" + string.Join(',', Enumerable.Repeat("""{"propertyName":"email","operator":"HAS_PROPERTY"}""", 7)) + "]}]}", "6 per group" },
        { "{\"filterGroups\":[" + string.Join(',', Enumerable.Repeat("{\"filters\":[" + string.Join(',', Enumerable.Repeat("""{"propertyName":"email","operator":"HAS_PROPERTY"}""", 4)) + "]}", 5)) + "]}", "18 in total" },
        { """{"query":"x","properties":[""" + string.Join(',', Enumerable.Repeat("\"firstname\"", 300)) + "]}", "3000" },
        { """{"filterGroups":[{"filters":[{"propertyName":"email","operator":"LIKE","value":"x"}]}]}""", "LIKE" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Search_outside_the_documented_limits_is_400_VALIDATION_ERROR(string body, string mentioned)
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);

        var (status, error) = await SearchAsync(portal, body);

        Assert.Equal((400, "VALIDATION_ERROR"), (status, (string?)error!["category"]));
        Assert.Contains(mentioned, (string?)error["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_stops_at_the_10000th_result_and_the_next_page_is_refused()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);
        await portal.SeedAsync(seed: 6, companies: 1_050, contactsPerCompany: 10);

        var (status, last) = await SearchAsync(portal, """{"limit":200,"after":"9900"}""");
        var (refused, error) = await SearchAsync(portal, $$"""{"limit":200,"after":"{{(string)last!["paging"]!["next"]!["after"]!}}"}""");

        Assert.Equal((200, 10_500, 100), (status, (int?)last["total"], last["results"]!.AsArray().Count));
        Assert.Equal("10000", (string?)last["paging"]!["next"]!["after"]);
        Assert.Equal((400, "VALIDATION_ERROR"), (refused, (string?)error!["category"]));
    }

    [Fact]
    public async Task Windowing_on_hs_object_id_reads_fifty_thousand_contacts_once_each_past_the_cap()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);
        await portal.SeedAsync(seed: 5, companies: 5_000, contactsPerCompany: 10);

        var seen = new HashSet<long>();
        var last = 0L;
        int? firstTotal = null;
        while (true)
        {
            var (status, body) = await SearchAsync(portal, $$"""
                {"filterGroups":[{"filters":[{"propertyName":"hs_object_id","operator":"GT","value":"{{last}}"}]}],
                 "sorts":[{"propertyName":"hs_object_id","direction":"ASCENDING"}],"properties":["email"],"limit":200}
                """);
            Assert.Equal(200, status);
            firstTotal ??= (int?)body!["total"];
            var ids = body!["results"]!.AsArray().Select(r => long.Parse((string)r!["id"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            if (ids.Count == 0)
            {
                break;
            }

            Assert.All(ids, id => Assert.True(seen.Add(id), $"contact {id} was returned twice"));
            last = ids[^1];
        }

        Assert.Equal(50_000, firstTotal);
        Assert.Equal(50_000, seen.Count);
    }

    private async Task<HubSpotTestPortal> PeopleAsync()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);
        var (created, _) = await portal.CallAsync(HttpMethod.Post, "crm/v3/properties/contacts", new JsonObject
        {
            ["name"] = "score", ["label"] = "Score", ["type"] = "number", ["fieldType"] = "number", ["groupName"] = "contactinformation",
        });
        Assert.Equal(201, created);
        foreach (var (email, first, score) in People)
        {
            // A number property: 200 > 30 only when compared as numbers.
            await portal.CreateObjectAsync("contacts", new JsonObject { ["email"] = email, ["firstname"] = first, ["score"] = score });
        }

        return portal;
    }

    private static async Task<(int Status, JsonNode? Body)> SearchAsync(HubSpotTestPortal portal, string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await portal.Http.PostAsync("crm/v3/objects/contacts/search", content, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await HubSpotTestPortal.ReadAsync(response));
    }
}
