using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Integration.Functions.Tests.Admin;

/// <summary>A stand-in Entra authority: one RSA signing key, its metadata, and tokens it signs.</summary>
internal sealed class EntraTokens : IDisposable
{
    public const string Authority = "https://login.example.test/tenant-1/v2.0";
    public const string Issuer = "https://login.example.test/tenant-1/v2.0";
    public const string Audience = "api://integration-admin";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RsaSecurityKey _key;

    public EntraTokens() => _key = new RsaSecurityKey(_rsa) { KeyId = "test-key" };

    public IConfigurationManager<OpenIdConnectConfiguration> Metadata()
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
        configuration.SigningKeys.Add(_key);
        return new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
    }

    public string Create(string audience = Audience, string? role = null, DateTime? expires = null, string issuer = Issuer)
    {
        var claims = new List<Claim> { new("oid", "object-7") };
        if (role is not null)
        {
            claims.Add(new Claim("roles", role));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2),
            NotBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose() => _rsa.Dispose();
}
