using System.Net;
using System.Security.Cryptography;
using System.Text;
using Integration.Functions.Tests.LocalHost.Hosting;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Integration.Functions.Tests.Admin;

public sealed class AdminAuthenticationTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData(null, "Send an API key in the X-Api-Key header")]
    [InlineData("wrong-key-wrong-key-wrong-key-wrong-key", "The X-Api-Key header does not hold an accepted key.")]
    [InlineData("", "Send an API key in the X-Api-Key header")]
    public async Task Request_without_an_accepted_key_is_answered_401_with_problem_details(string? key, string expectedDetail)
    {
        await using var host = await AdminHost.StartAsync(AdminHost.Settings(azurite));

        var (response, body) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/openapi.json", key));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, body.GetProperty("status").GetInt32());
        Assert.StartsWith(expectedDetail, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_with_the_configured_key_is_answered_200()
    {
        await using var host = await AdminHost.StartAsync(AdminHost.Settings(azurite));

        var (response, body) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/openapi.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3.0.3", body.GetProperty("openapi").GetString());
    }

    [Fact]
    public async Task Key_configured_as_its_sha256_hash_is_accepted()
    {
        var hash = "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(AdminHost.ApiKey)));
        await using var host = await AdminHost.StartAsync(AdminHost.Settings(azurite, apiKey: hash));

        var (accepted, _) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/openapi.json"));
        var (refused, _) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/openapi.json", hash));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (accepted.StatusCode, refused.StatusCode));
    }

    [Fact]
    public async Task App_without_credentials_starts_warns_and_refuses_every_management_request()
    {
        var logs = new CapturedLogs();
        await using var host = await AdminHost.StartAsync(AdminHost.Settings(azurite, apiKey: null), s => s.AddSingleton<ILoggerProvider>(logs));

        var (response, body) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/status", "anything-anything-anything-anything"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("no credentials configured", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("The management API has no credentials", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bearer_token_is_refused_while_no_Entra_authority_is_configured()
    {
        await using var host = await AdminHost.StartAsync(AdminHost.Settings(azurite));

        var (response, body) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/openapi.json", apiKey: null, bearer: "eyJhbGciOiJub25lIn0.e30."));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer tokens are not accepted: Admin:Entra:Authority is not configured.", body.GetProperty("detail").GetString());
    }
}
