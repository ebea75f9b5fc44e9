namespace Integration.Sandbox.Salesforce;

/// <summary>One emulated Salesforce org (tenant), chosen by its connected-app credentials.</summary>
public sealed record SalesforceOrgOptions
{
    /// <summary>Unique org name used by the control API (<c>/_sandbox/salesforce/orgs/{name}</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Connected-app consumer key; also the JWT <c>iss</c>.</summary>
    public required string ClientId { get; init; }

    /// <summary>Connected-app consumer secret for the client-credentials grant.</summary>
    public required string ClientSecret { get; init; }

    /// <summary>Daily API request allocation; default 100,000.</summary>
    public long DailyApiLimit { get; init; } = 100_000;

    /// <summary>
    /// PEM public key (SubjectPublicKeyInfo) that JWT-bearer assertions must be signed with (RS256).
    /// When null, assertions are checked for structure and claims only.
    /// </summary>
    public string? JwtPublicKeyPem { get; init; }

    /// <summary>The integration user the token is issued for (JWT <c>sub</c> when present).</summary>
    public string Username { get; init; } = "integration@sandbox.example";
}
