using System.Net;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Functions.Tests.Admin;

public sealed class EntraAuthenticationTests(AzuriteFixture azurite)
{
    public static TheoryData<string, string?, int, string, HttpStatusCode> Tokens => new()
    {
        // audience, role, expires in hours, issuer, expected
        { EntraTokens.Audience, "Integration.Admin", 1, EntraTokens.Issuer, HttpStatusCode.OK },
        { "api://someone-else", "Integration.Admin", 1, EntraTokens.Issuer, HttpStatusCode.Unauthorized },
        { EntraTokens.Audience, null, 1, EntraTokens.Issuer, HttpStatusCode.Unauthorized },
        { EntraTokens.Audience, "Integration.Admin", -1, EntraTokens.Issuer, HttpStatusCode.Unauthorized },
        { EntraTokens.Audience, "Integration.Admin", 1, "https://evil.example.test/", HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(Tokens))]
    public async Task Bearer_token_is_accepted_only_for_the_audience_issuer_role_and_lifetime_configured(string audience, string? role, int expiresInHours, string issuer, HttpStatusCode expected)
    {
        using var entra = new EntraTokens();
        var settings = AdminHost.Settings(azurite, apiKey: null);
        settings["Admin:Entra:Authority"] = EntraTokens.Authority;
        settings["Admin:Entra:Audience"] = EntraTokens.Audience;
        settings["Admin:Entra:RequiredRole"] = "Integration.Admin";
        await using var host = await AdminHost.StartAsync(settings, s => s.AddSingleton(entra.Metadata()));
        var token = entra.Create(audience, role, DateTime.UtcNow.AddHours(expiresInHours), issuer);

        var (response, body) = await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/openapi.json", apiKey: null, bearer: token));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Unauthorized)
        {
            Assert.StartsWith("The bearer token", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }
}
