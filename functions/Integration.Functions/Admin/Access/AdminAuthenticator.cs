using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Admin.Access;

/// <summary>Authenticates a management request by its <c>X-Api-Key</c> header or its <c>Authorization: Bearer</c> token.</summary>
internal sealed class AdminAuthenticator(ApiKeyVerifier keys, EntraTokenValidator tokens, IOptions<AdminOptions> options)
{
    /// <summary>The header carrying an API key.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    private const string BearerPrefix = "Bearer ";

    public async Task<AdminCaller> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!keys.IsConfigured && !options.Value.Entra.IsEnabled)
        {
            return AdminCaller.Refused("The management API has no credentials configured (Admin:ApiKeys or Admin:Entra:Authority), so every request is refused.");
        }

        if (request.Headers.TryGetValue(ApiKeyHeader, out var presentedKey))
        {
            return keys.Match(presentedKey.ToString()) is { } index
                ? AdminCaller.Accepted($"api-key#{index}")
                : AdminCaller.Refused($"The {ApiKeyHeader} header does not hold an accepted key.");
        }

        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            if (!options.Value.Entra.IsEnabled)
            {
                return AdminCaller.Refused("Bearer tokens are not accepted: Admin:Entra:Authority is not configured.");
            }

            return await tokens.ValidateAsync(authorization[BearerPrefix.Length..].Trim(), cancellationToken);
        }

        return AdminCaller.Refused($"Send an API key in the {ApiKeyHeader} header or an Entra ID token as 'Authorization: Bearer <token>'.");
    }
}
