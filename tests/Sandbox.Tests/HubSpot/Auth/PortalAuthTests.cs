using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.HubSpot.Auth;

public sealed class PortalAuthTests(SandboxFixture sandbox)
{
    [Theory]
    [InlineData(null)]
    [InlineData("pat-na1-not-a-token")]
    public async Task Request_without_a_known_token_is_401_with_the_INVALID_AUTHENTICATION_body(string? token)
    {
        using var client = new HttpClient { BaseAddress = sandbox.Host.HubSpotBaseUrl };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.GetAsync("crm/v3/objects/contacts", TestContext.Current.CancellationToken);
        var body = await HubSpotTestPortal.ReadAsync(response);

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Equal("error", (string?)body!["status"]);
        Assert.Equal("INVALID_AUTHENTICATION", (string?)body["category"]);
        Assert.StartsWith("Authentication credentials not found.", (string?)body["message"], StringComparison.Ordinal);
        Assert.True(Guid.TryParse((string?)body["correlationId"], out _), "correlationId is a GUID");
    }

    [Fact]
    public async Task Token_selects_its_portal_and_portals_share_no_records()
    {
        var first = await HubSpotTestPortal.CreateAsync(sandbox.Host);
        var second = await HubSpotTestPortal.CreateAsync(sandbox.Host);

        var id = await first.CreateObjectAsync("contacts", new JsonObject { ["email"] = "only-here@example.com" });
        var (inFirst, _) = await first.CallAsync(HttpMethod.Get, $"crm/v3/objects/contacts/{id}");
        var (inSecond, _) = await second.CallAsync(HttpMethod.Get, $"crm/v3/objects/contacts/{id}");

        Assert.Equal((200, 404), (inFirst, inSecond));
        Assert.NotEqual(first.PortalId, second.PortalId);
    }
}
