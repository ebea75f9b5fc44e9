using System.Collections.Concurrent;
using System.Security.Cryptography;
using Integration.Sandbox.Salesforce.Tenancy;

namespace Integration.Sandbox.Salesforce.Auth;

/// <summary>Issued access tokens; a token expires after the configured lifetime or when its org's sessions are revoked.</summary>
internal sealed class AccessTokenRegistry(SalesforceSandboxOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);

    public (string Token, IssuedToken Issued) Issue(SalesforceOrg org)
    {
        var now = time.GetUtcNow();
        // Real tokens look like "<15-char org id>!<opaque>"; clients must treat them as opaque.
        var token = $"{org.OrgId[..15]}!{Convert.ToBase64String(RandomNumberGenerator.GetBytes(72)).Replace('/', '_').Replace('+', '.')}";
        var issued = new IssuedToken(org, now, now + options.TokenLifetime);
        _tokens[token] = issued;
        return (token, issued);
    }

    public SalesforceOrg? Validate(string? token)
    {
        if (token is null || !_tokens.TryGetValue(token, out var issued))
        {
            return null;
        }

        if (time.GetUtcNow() >= issued.ExpiresAt)
        {
            _tokens.TryRemove(token, out _);
            return null;
        }

        return issued.Org;
    }

    /// <summary>Drops every session of an org (a server-side session drop); returns how many.</summary>
    public int RevokeAll(SalesforceOrg org)
    {
        var revoked = 0;
        foreach (var (token, issued) in _tokens)
        {
            if (issued.Org == org && _tokens.TryRemove(token, out _))
            {
                revoked++;
            }
        }

        return revoked;
    }
}
