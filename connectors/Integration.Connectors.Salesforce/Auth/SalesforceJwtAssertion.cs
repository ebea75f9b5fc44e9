using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Integration.Connectors.Salesforce.Auth;

/// <summary>
/// The RS256-signed assertion of the OAuth 2.0 JWT bearer flow: <c>iss</c> = consumer key, <c>sub</c> =
/// username, <c>aud</c> = login URL, <c>exp</c> a few minutes ahead (Salesforce Help, "OAuth 2.0 JWT Bearer Flow").
/// </summary>
internal static class SalesforceJwtAssertion
{
    /// <summary>How long the assertion is valid; Salesforce accepts at most a few minutes.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(3);

    public static string Create(string clientId, string username, string audience, string privateKeyPem, DateTimeOffset now)
    {
        var header = Encode(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["alg"] = "RS256", ["typ"] = "JWT" }));
        var claims = new Dictionary<string, object>
        {
            ["iss"] = clientId,
            ["sub"] = username,
            ["aud"] = audience,
            ["exp"] = (now + Lifetime).ToUnixTimeSeconds(),
        };
        var payload = Encode(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signingInput = header + "." + payload;
        using var rsa = RSA.Create();
        rsa.ImportFromPem(privateKeyPem);
        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Encode(signature);
    }

    private static string Encode(byte[] bytes) => Base64Url.EncodeToString(bytes);
}
