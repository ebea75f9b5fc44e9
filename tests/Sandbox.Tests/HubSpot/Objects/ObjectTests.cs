using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.HubSpot.Objects;

public sealed class ObjectTests(SandboxFixture sandbox)
{
    [Fact]
    public async Task List_paged_with_after_returns_each_record_once()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);
        await portal.SeedAsync(seed: 1, companies: 4, contactsPerCompany: 8);

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var (status, body) = await portal.CallAsync(HttpMethod.Get, $"crm/v3/objects/contacts?limit=7&properties=email{(after is null ? string.Empty : $"&after={after}")}");
            Assert.Equal(200, status);
            seen.AddRange(body!["results"]!.AsArray().Select(r => (string)r!["id"]!));
            after = (string?)body["paging"]?["next"]?["after"];
            if (after is not null)
            {
                Assert.EndsWith($"after={after}", (string?)body["paging"]!["next"]!["link"], StringComparison.Ordinal);
            }

            pages++;
        }
        while (after is not null && pages < 20);

        Assert.Equal(32, seen.Count);
        Assert.Equal(32, seen.Distinct().Count());
        Assert.Equal(5, pages);
    }

    [Fact]
    public async Task Create_keeps_values_as_strings_and_maintains_ids_and_dates()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);

        var (status, body) = await portal.CallAsync(HttpMethod.Post, "crm/v3/objects/companies",
            new JsonObject { ["properties"] = new JsonObject { ["name"] = "Acme", ["numberofemployees"] = 42 } });
        var properties = body!["properties"]!;
        var expected = "2026-11-23T10:15:30.000Z";

        Assert.Equal(201, status);
        Assert.Equal("42", (string?)properties["numberofemployees"]);
        Assert.Equal((string?)body["id"], (string?)properties["hs_object_id"]);
        Assert.Equal((expected, expected, expected), ((string?)properties["createdate"], (string?)properties["hs_lastmodifieddate"], (string?)body["createdAt"]));
        Assert.False((bool)body["archived"]!);
    }

    [Fact]
    public async Task Get_by_unique_idProperty_finds_the_record_and_a_plain_property_is_refused()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);
        var id = await portal.CreateObjectAsync("contacts", new JsonObject { ["email"] = "Ada@Example.com", ["firstname"] = "Ada" });

        var (found, body) = await portal.CallAsync(HttpMethod.Get, "crm/v3/objects/contacts/ada@example.com?idProperty=email&properties=firstname");
        var (refused, error) = await portal.CallAsync(HttpMethod.Get, "crm/v3/objects/contacts/Ada?idProperty=firstname");

        Assert.Equal((200, id, "Ada"), (found, (string?)body!["id"], (string?)body["properties"]!["firstname"]));
        Assert.Equal((400, "VALIDATION_ERROR"), (refused, (string?)error!["category"]));
    }

    [Fact]
    public async Task Archived_record_is_read_only_with_archived_true()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);
        var id = await portal.CreateObjectAsync("deals", new JsonObject { ["dealname"] = "Big" });

        var (deleted, _) = await portal.CallAsync(HttpMethod.Delete, $"crm/v3/objects/deals/{id}");
        var (live, notFound) = await portal.CallAsync(HttpMethod.Get, $"crm/v3/objects/deals/{id}");
        var (archived, body) = await portal.CallAsync(HttpMethod.Get, $"crm/v3/objects/deals/{id}?archived=true");

        Assert.Equal((204, 404, 200), (deleted, live, archived));
        Assert.Equal("OBJECT_NOT_FOUND", (string?)notFound!["category"]);
        Assert.True((bool)body!["archived"]!);
        Assert.NotNull((string?)body["archivedAt"]);
    }

    [Fact]
    public async Task Unknown_property_is_400_with_the_embedded_PROPERTY_DOESNT_EXIST_result()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);

        var (status, body) = await portal.CallAsync(HttpMethod.Post, "crm/v3/objects/contacts",
            new JsonObject { ["properties"] = new JsonObject { ["missing"] = "x" } });
        var message = (string)body!["message"]!;
        var embedded = JsonNode.Parse(message["Property values were not valid: ".Length..])!.AsArray();

        Assert.Equal((400, "VALIDATION_ERROR"), (status, (string?)body["category"]));
        Assert.StartsWith("Property values were not valid: ", message, StringComparison.Ordinal);
        Assert.Equal(("PROPERTY_DOESNT_EXIST", "missing", "Property \"missing\" does not exist"),
            ((string?)embedded[0]!["error"], (string?)embedded[0]!["name"], (string?)embedded[0]!["message"]));
    }

    [Fact]
    public async Task Duplicate_unique_value_is_409_CONFLICT_naming_the_existing_id()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);
        var id = await portal.CreateObjectAsync("contacts", new JsonObject { ["email"] = "twice@example.com" });

        var (status, body) = await portal.CallAsync(HttpMethod.Post, "crm/v3/objects/contacts",
            new JsonObject { ["properties"] = new JsonObject { ["email"] = "TWICE@example.com" } });

        Assert.Equal((409, "CONFLICT", $"Contact already exists. Existing ID: {id}"), (status, (string?)body!["category"], (string?)body["message"]));
    }

    [Fact]
    public async Task Update_changes_values_and_the_modification_date_property_of_the_type()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);
        var id = await portal.CreateObjectAsync("contacts", new JsonObject { ["email"] = "u@example.com", ["jobtitle"] = "Dev" });

        var (status, body) = await portal.CallAsync(HttpMethod.Patch, $"crm/v3/objects/contacts/u@example.com?idProperty=email",
            new JsonObject { ["properties"] = new JsonObject { ["jobtitle"] = "CTO" } });

        Assert.Equal((200, id, "CTO"), (status, (string?)body!["id"], (string?)body["properties"]!["jobtitle"]));
        Assert.Equal("2026-11-23T10:15:30.000Z", (string?)body["properties"]!["lastmodifieddate"]);
        Assert.Null(body["properties"]!["hs_lastmodifieddate"]);
    }
}
