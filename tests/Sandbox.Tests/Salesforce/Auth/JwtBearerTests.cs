using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Integration.Sandbox.Salesforce;

namespace Integration.Sandbox.Tests.Salesforce.Auth;

public sealed class JwtBearerTests(SandboxFixture sandbox)
{
    private const string Grant = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    [Theory]
    [InlineData("valid", 200, null, null)]
    [InlineData("tampered", 400, "invalid_grant", "invalid assertion")]
    [InlineData("other-key", 400, "invalid_grant", "invalid assertion")]
    [InlineData("wrong-audience", 400, "invalid_grant", "audience is invalid")]
    [InlineData("expired", 400, "invalid_grant", "expired authorization code")]
    [InlineData("unknown-issuer", 400, "invalid_client_id", "client identifier invalid")]
    public async Task Jwt_assertion_is_checked_for_signature_audience_expiry_and_issuer(string variant, int status, string? error, string? description)
    {
        using var key = RSA.Create(2048);
        using var otherKey = RSA.Create(2048);
        var name = $"jwt-{Guid.NewGuid():N}";
        var options = new SalesforceOrgOptions { Name = name, ClientId = $"cid-{name}", ClientSecret = "s", JwtPublicKeyPem = key.ExportSubjectPublicKeyInfoPem() };
        using var control = SalesforceTestOrg.NewClient(sandbox.Host.SalesforceBaseUrl);
        using var created = await control.PostAsJsonAsync("_sandbox/salesforce/orgs", options, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var exp = SandboxFixture.Start.AddMinutes(variant == "expired" ? -1 : 3).ToUnixTimeSeconds();
        var claims = new
        {
            iss = variant == "unknown-issuer" ? "nobody" : options.ClientId,
            sub = "integration@example.com",
            aud = variant == "wrong-audience" ? "https://evil.example" : "https://login.salesforce.com",
            exp,
        };
        var assertion = Sign(claims, variant == "other-key" ? otherKey : key);
        if (variant == "tampered")
        {
            assertion = assertion[..^4] + (assertion[^4..] == "AAAA" ? "BBBB" : "AAAA");
        }

        using var response = await TokenEndpointTests.PostTokenAsync(control, new() { ["grant_type"] = Grant, ["assertion"] = assertion });
        var body = (await SalesforceTestOrg.ReadAsync(response))!;

        Assert.Equal(status, (int)response.StatusCode);
        if (error is null)
        {
            Assert.False(string.IsNullOrEmpty((string?)body["access_token"]));
        }
        else
        {
            Assert.Equal((error, description), ((string?)body["error"], (string?)body["error_description"]));
        }
    }

    private static string Sign(object claims, RSA key)
    {
        var header = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("""{"alg":"RS256","typ":"JWT"}"""));
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = key.SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Base64Url.EncodeToString(signature)}";
    }
}
