using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Integration.Sandbox.Salesforce.Tenancy;

namespace Integration.Sandbox.Salesforce.Auth;

/// <summary>
/// Checks a JWT-bearer assertion: RS256 header, <c>iss</c> a known client id, <c>aud</c> a login URL (or the
/// sandbox itself), <c>exp</c> in the future, a <c>sub</c>; and the RS256 signature when the org has a public key.
/// </summary>
internal static class JwtBearerAssertion
{
    private static readonly string[] Audiences = ["https://login.salesforce.com", "https://test.salesforce.com"];

    public static (SalesforceOrg? Org, OAuthError? Error) Validate(string? assertion, SalesforceOrgRegistry orgs, string selfUrl, DateTimeOffset now)
    {
        var parts = assertion?.Split('.') ?? [];
        if (parts.Length != 3 || Decode(parts[0]) is not { } header || Decode(parts[1]) is not { } claims)
        {
            return (null, OAuthError.InvalidAssertion);
        }

        using (header)
        using (claims)
        {
            if (Text(header.RootElement, "alg") != "RS256")
            {
                return (null, OAuthError.InvalidAssertion);
            }

            var org = Text(claims.RootElement, "iss") is { } iss ? orgs.ByClientId(iss) : null;
            if (org is null)
            {
                return (null, OAuthError.UnknownClient);
            }

            var aud = Text(claims.RootElement, "aud")?.TrimEnd('/');
            if (aud is null || !(Audiences.Contains(aud) || string.Equals(aud, selfUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)))
            {
                return (null, OAuthError.InvalidAudience);
            }

            if (!claims.RootElement.TryGetProperty("exp", out var exp) || !exp.TryGetInt64(out var expSeconds)
                || DateTimeOffset.FromUnixTimeSeconds(expSeconds) <= now)
            {
                return (null, OAuthError.ExpiredAssertion);
            }

            if (Text(claims.RootElement, "sub") is null || !SignatureHolds(org, parts))
            {
                return (null, OAuthError.InvalidAssertion);
            }

            return (org, null);
        }
    }

    private static bool SignatureHolds(SalesforceOrg org, string[] parts)
    {
        if (org.JwtKey is null)
        {
            return true;
        }

        byte[] signature;
        try
        {
            signature = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (FormatException)
        {
            return false;
        }

        var signed = Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}");
        return org.JwtKey.VerifyData(signed, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    private static JsonDocument? Decode(string part)
    {
        try
        {
            return JsonDocument.Parse(Base64Url.DecodeFromChars(part));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
