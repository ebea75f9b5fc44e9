namespace Integration.Sandbox.Tests.HubSpot.Control;

public sealed class HubSpotControlTests(SandboxFixture sandbox)
{
    [Fact]
    public async Task Seeding_after_reset_gives_identical_records_and_ids()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);

        var counts = await portal.SeedAsync(seed: 9, companies: 3, contactsPerCompany: 2, dealsPerCompany: 1);
        var before = await ListAsync(portal);
        await portal.ControlAsync(HttpMethod.Post, "/reset");
        var empty = await portal.ControlAsync(HttpMethod.Get, "/counts");
        await portal.SeedAsync(seed: 9, companies: 3, contactsPerCompany: 2, dealsPerCompany: 1);
        var after = await ListAsync(portal);

        Assert.Equal((3, 6, 3), ((int)counts!["companies"]!["live"]!, (int)counts["contacts"]!["live"]!, (int)counts["deals"]!["live"]!));
        Assert.Equal(0, (int)empty!["contacts"]!["live"]!);
        Assert.Equal(before, after);
        Assert.Contains("contact1@c9-1.example.com", before, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(503, null, "INTERNAL_ERROR")]
    [InlineData(423, null, "LOCKED")]
    [InlineData(400, "VALIDATION_ERROR", "VALIDATION_ERROR")]
    public async Task Fault_rule_fails_matching_calls_with_a_HubSpot_error_body(int status, string? category, string expectedCategory)
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);
        await portal.ControlAsync(HttpMethod.Put, "/faults", new { rules = new[] { new { rate = 1.0, status, errorCode = category, pathContains = "/contacts" } } });

        var (faulted, body) = await portal.CallAsync(HttpMethod.Get, "crm/v3/objects/contacts");
        var (unmatched, _) = await portal.CallAsync(HttpMethod.Get, "crm/v3/objects/deals");

        Assert.Equal((status, "error", expectedCategory), (faulted, (string?)body!["status"], (string?)body["category"]));
        Assert.NotNull((string?)body["correlationId"]);
        Assert.Equal(200, unmatched);
    }

    [Fact]
    public async Task Control_api_refuses_an_unknown_portal_with_404()
    {
        using var client = new HttpClient { BaseAddress = sandbox.Host.HubSpotBaseUrl };

        using var response = await client.GetAsync("_sandbox/hubspot/portals/nobody/counts", TestContext.Current.CancellationToken);

        Assert.Equal(404, (int)response.StatusCode);
    }

    private static async Task<string> ListAsync(HubSpotTestPortal portal)
    {
        var (_, body) = await portal.CallAsync(HttpMethod.Get, "crm/v3/objects/contacts?limit=100&properties=email,firstname");
        return string.Join('|', body!["results"]!.AsArray().Select(r => $"{(string?)r!["id"]}:{(string?)r["properties"]!["email"]}:{(string?)r["properties"]!["firstname"]}"));
    }
}
