using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace Integration.Sandbox.Tests.Salesforce.Auth;

public sealed class TokenEndpointTests(SandboxFixture sandbox)
{
    [Fact]
    public async Task Client_credentials_with_known_client_returns_bearer_token_for_the_sandbox()
    {
        var org = await sandbox.NewOrgAsync();
        using var response = await PostTokenAsync(org.Http, new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = org.Options.ClientId,
            ["client_secret"] = org.Options.ClientSecret,
        });
        var body = (await SalesforceTestOrg.ReadAsync(response))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", (string?)body["token_type"]);
        Assert.Equal(sandbox.Host.SalesforceBaseUrl.ToString().TrimEnd('/'), (string?)body["instance_url"]);
        Assert.Equal(SandboxFixture.Start.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)body["issued_at"]);
        Assert.Contains("/id/00D", (string?)body["id"], StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty((string?)body["access_token"]));
        Assert.False(string.IsNullOrEmpty((string?)body["signature"]));
    }

    [Theory]
    [InlineData("client_credentials", "unknown-client", "whatever", "invalid_client_id", "client identifier invalid")]
    [InlineData("client_credentials", null, "wrong-secret", "invalid_client", "invalid client credentials")]
    [InlineData("password", null, null, "unsupported_grant_type", "grant type not supported")]
    public async Task Token_request_with_bad_credentials_gets_400_and_oauth_error_body(
        string grantType, string? clientId, string? secret, string error, string description)
    {
        var org = await sandbox.NewOrgAsync();
        using var response = await PostTokenAsync(org.Http, new()
        {
            ["grant_type"] = grantType,
            ["client_id"] = clientId ?? org.Options.ClientId,
            ["client_secret"] = secret ?? org.Options.ClientSecret,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($$"""{"error":"{{error}}","error_description":"{{description}}"}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Api_call_with_unknown_token_gets_401_INVALID_SESSION_ID()
    {
        using var client = SalesforceTestOrg.NewClient(sandbox.Host.SalesforceBaseUrl);
        client.DefaultRequestHeaders.Authorization = new("Bearer", "00Dxx!nonsense");

        using var response = await client.GetAsync(SalesforceTestOrg.Api("sobjects/Account/describe"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]""",
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Token_older_than_its_lifetime_gets_401_and_a_new_token_works()
    {
        var time = new FakeTimeProvider(SandboxFixture.Start);
        await using var host = await SandboxHost.StartAsync(new SandboxOptions { SalesforcePort = 0, HubSpotPort = 0, NetSuitePort = 0, TimeProvider = time }, TestContext.Current.CancellationToken);
        var org = await SandboxFixture.NewOrgAsync(host);
        var (before, _) = await org.CallAsync(HttpMethod.Get, "limits");

        time.Advance(host.Options.Salesforce.TokenLifetime);
        var (expired, body) = await org.CallAsync(HttpMethod.Get, "limits");
        await org.AuthenticateAsync();
        var (renewed, _) = await org.CallAsync(HttpMethod.Get, "limits");

        Assert.Equal((200, 401, 200), (before, expired, renewed));
        Assert.Equal("INVALID_SESSION_ID", (string?)body![0]!["errorCode"]);
    }

    [Fact]
    public async Task Revoked_sessions_get_401()
    {
        var org = await sandbox.NewOrgAsync();
        using var revoke = await org.Control.PostAsync($"{org.ControlPath}/sessions/revoke", null, TestContext.Current.CancellationToken);
        var (status, _) = await org.CallAsync(HttpMethod.Get, "limits");

        Assert.Equal(1, (int?)(await SalesforceTestOrg.ReadAsync(revoke))!["revoked"]);
        Assert.Equal(401, status);
    }

    internal static Task<HttpResponseMessage> PostTokenAsync(HttpClient client, Dictionary<string, string> form) =>
        client.PostAsync("services/oauth2/token", new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
}
