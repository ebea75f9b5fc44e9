using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Integration.Functions.Admin.Access;

/// <summary>
/// Validates an Entra ID bearer token: signature against the authority's published keys (cached and refreshed by
/// the configuration manager), issuer, audience, lifetime, and the required app role when one is configured.
/// </summary>
internal sealed class EntraTokenValidator(
    IOptions<AdminOptions> options,
    IConfigurationManager<OpenIdConnectConfiguration> metadata,
    TimeProvider time)
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>The caller's identity for logs, or the reason the token was refused.</summary>
    public async Task<AdminCaller> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var entra = options.Value.Entra;
        var configuration = await metadata.GetConfigurationAsync(cancellationToken);
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudience = entra.Audience,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidateIssuerSigningKey = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            // Lifetime against the injected clock, not the library's own reading of the system clock.
            LifetimeValidator = (notBefore, expires, _, _) => IsCurrent(notBefore, expires),
        };

        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            return AdminCaller.Refused($"The bearer token was rejected: {result.Exception?.GetType().Name ?? "invalid token"}.");
        }

        var identity = result.ClaimsIdentity;
        if (!string.IsNullOrWhiteSpace(entra.RequiredRole) && !identity.HasClaim("roles", entra.RequiredRole))
        {
            return AdminCaller.Refused($"The bearer token lacks the app role '{entra.RequiredRole}'.");
        }

        var subject = Claim(identity, "oid") ?? Claim(identity, "azp") ?? Claim(identity, "appid") ?? Claim(identity, "sub") ?? "unknown";
        return AdminCaller.Accepted($"entra:{subject}");
    }

    private bool IsCurrent(DateTime? notBefore, DateTime? expires)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } end && end.ToUniversalTime() + ClockSkew >= now
            && (notBefore is not { } start || start.ToUniversalTime() - ClockSkew <= now);
    }

    private static string? Claim(ClaimsIdentity identity, string type) => identity.FindFirst(type)?.Value;
}
