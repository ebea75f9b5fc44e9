namespace Integration.Sandbox.Tests.HubSpot.Properties;

public sealed class PropertyTests(SandboxFixture sandbox)
{
    [Theory]
    [InlineData("contacts", "email", "string", true)]
    [InlineData("contacts", "salesforce_contact_id", "string", true)]
    [InlineData("contacts", "netsuite_id", "string", true)]
    [InlineData("companies", "salesforce_account_id", "string", true)]
    [InlineData("companies", "numberofemployees", "number", false)]
    [InlineData("deals", "closedate", "datetime", false)]
    [InlineData("deals", "hs_lastmodifieddate", "datetime", false)]
    [InlineData("contacts", "lastmodifieddate", "datetime", false)]
    public async Task Properties_api_lists_type_and_uniqueness(string objectType, string name, string type, bool unique)
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);

        var (status, body) = await portal.CallAsync(HttpMethod.Get, $"crm/v3/properties/{objectType}");
        var property = body!["results"]!.AsArray().Single(p => (string?)p!["name"] == name)!;

        Assert.Equal(200, status);
        Assert.Equal((type, unique), ((string?)property["type"], (bool)property["hasUniqueValue"]!));
    }

    [Fact]
    public async Task Enumeration_property_lists_its_options()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);

        var (status, body) = await portal.CallAsync(HttpMethod.Get, "crm/v3/properties/deals/dealstage");

        Assert.Equal((200, "enumeration"), (status, (string?)body!["type"]));
        Assert.Contains("closedwon", body["options"]!.AsArray().Select(o => (string?)o!["value"]));
    }
}
