using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.HubSpot.Associations;

public sealed class AssociationTests(SandboxFixture sandbox)
{
    [Fact]
    public async Task Primary_contact_to_company_also_stores_the_unlabeled_type_both_ways()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);
        var contact = await portal.CreateObjectAsync("contacts", new JsonObject { ["email"] = "a@example.com" });
        var company = await portal.CreateObjectAsync("companies", new JsonObject { ["name"] = "Acme" });

        var (created, _) = await portal.CallAsync(HttpMethod.Post, "crm/v4/associations/contacts/companies/batch/create", new JsonObject
        {
            ["inputs"] = new JsonArray(new JsonObject
            {
                ["from"] = new JsonObject { ["id"] = contact },
                ["to"] = new JsonObject { ["id"] = company },
                ["types"] = new JsonArray(new JsonObject { ["associationCategory"] = "HUBSPOT_DEFINED", ["associationTypeId"] = 1 }),
            }),
        });
        var forward = await ReadTypesAsync(portal, "contacts", "companies", contact);
        var inverse = await ReadTypesAsync(portal, "companies", "contacts", company);

        Assert.Equal(201, created);
        Assert.Equal($"{company}:1/Primary,279/", forward);
        Assert.Equal($"{contact}:2/Primary,280/", inverse);
    }

    [Theory]
    [InlineData("deals", "contacts", "3")]
    [InlineData("deals", "companies", "341")]
    [InlineData("companies", "contacts", "280")]
    public async Task Associate_default_uses_the_unlabeled_type(string from, string to, string expectedTypeId)
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);
        var fromId = await portal.CreateObjectAsync(from, new JsonObject());
        var toId = await portal.CreateObjectAsync(to, new JsonObject());

        var (status, _) = await portal.CallAsync(HttpMethod.Post, $"crm/v4/associations/{from}/{to}/batch/associate/default", new JsonObject
        {
            ["inputs"] = new JsonArray(new JsonObject { ["from"] = new JsonObject { ["id"] = fromId }, ["to"] = new JsonObject { ["id"] = toId } }),
        });

        Assert.Equal(200, status);
        Assert.Equal($"{toId}:{expectedTypeId}/", await ReadTypesAsync(portal, from, to, fromId));
    }

    [Fact]
    public async Task Read_of_an_id_without_associations_is_207_NO_ASSOCIATIONS_FOUND()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);
        var contact = await portal.CreateObjectAsync("contacts", new JsonObject());

        var (status, body) = await portal.CallAsync(HttpMethod.Post, "crm/v4/associations/contacts/companies/batch/read",
            new JsonObject { ["inputs"] = new JsonArray(new JsonObject { ["id"] = contact }) });

        Assert.Equal((207, "crm.associations.NO_ASSOCIATIONS_FOUND"), (status, (string?)body!["errors"]![0]!["subCategory"]));
    }

    private static async Task<string> ReadTypesAsync(HubSpotTestPortal portal, string from, string to, string id)
    {
        var (status, body) = await portal.CallAsync(HttpMethod.Post, $"crm/v4/associations/{from}/{to}/batch/read",
            new JsonObject { ["inputs"] = new JsonArray(new JsonObject { ["id"] = id }) });
        Assert.True(status == 200, $"association read answered {status}: {body?.ToJsonString()}");
        return string.Join(';', body!["results"]![0]!["to"]!.AsArray().Select(t =>
            $"{(long)t!["toObjectId"]!}:{string.Join(',', t["associationTypes"]!.AsArray().Select(a => $"{(int)a!["typeId"]!}/{(string?)a["label"]}"))}"));
    }
}
