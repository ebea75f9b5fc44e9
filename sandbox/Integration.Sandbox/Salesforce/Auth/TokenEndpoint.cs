using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Integration.Sandbox.Salesforce.Data;
using Integration.Sandbox.Salesforce.Tenancy;

namespace Integration.Sandbox.Salesforce.Auth;

/// <summary><c>POST /services/oauth2/token</c>: client-credentials and JWT-bearer grants.</summary>
internal static class TokenEndpoint
{
    public const string JwtBearerGrant = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    public static async Task<IResult> HandleAsync(HttpContext context, SalesforceOrgRegistry orgs, AccessTokenRegistry tokens, TimeProvider time)
    {
        if (!context.Request.HasFormContentType)
        {
            return OAuthError.UnsupportedGrant.ToResult();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var selfUrl = $"{context.Request.Scheme}://{context.Request.Host}";
        var (org, error) = form["grant_type"].ToString() switch
        {
            "client_credentials" => ClientCredentials(form["client_id"], form["client_secret"], orgs),
            JwtBearerGrant => JwtBearerAssertion.Validate(form["assertion"], orgs, selfUrl, time.GetUtcNow()),
            _ => (null, OAuthError.UnsupportedGrant),
        };
        if (org is null)
        {
            return (error ?? OAuthError.InvalidAssertion).ToResult();
        }

        var (token, issued) = tokens.Issue(org);
        var userId = RecordId.Create("005", org.Store.OrgTag, 1);
        var identity = $"{selfUrl}/id/{org.OrgId}/{userId}";
        var issuedAt = issued.IssuedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(org.Options.ClientSecret), Encoding.UTF8.GetBytes(identity + issuedAt)));
        return Results.Json(new Dictionary<string, string>
        {
            ["access_token"] = token,
            ["signature"] = signature,
            ["scope"] = "api",
            ["instance_url"] = selfUrl,
            ["id"] = identity,
            ["token_type"] = "Bearer",
            ["issued_at"] = issuedAt,
        });
    }

    private static (SalesforceOrg? Org, OAuthError? Error) ClientCredentials(string? clientId, string? secret, SalesforceOrgRegistry orgs)
    {
        var org = clientId is null ? null : orgs.ByClientId(clientId);
        if (org is null)
        {
            return (null, OAuthError.UnknownClient);
        }

        var expected = Encoding.UTF8.GetBytes(org.Options.ClientSecret);
        var given = Encoding.UTF8.GetBytes(secret ?? string.Empty);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? (org, null) : (null, OAuthError.WrongSecret);
    }
}
