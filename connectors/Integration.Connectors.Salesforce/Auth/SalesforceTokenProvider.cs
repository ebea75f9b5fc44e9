using Integration.Connectors.Salesforce.Api;
using Integration.Connectors.Salesforce.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integration.Connectors.Salesforce.Auth;

/// <summary>
/// Acquires and caches one connection's access token and instance URL; concurrent callers share one
/// request, and a refresh after <c>INVALID_SESSION_ID</c> happens once however many calls saw it.
/// </summary>
internal sealed class SalesforceTokenProvider(
    string connection,
    IOptionsMonitor<SalesforceOptions> options,
    ISalesforceOAuthApi oauth,
    TimeProvider timeProvider,
    ILogger<SalesforceTokenProvider> logger)
{
    private const string JwtBearerGrant = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private readonly Lock _gate = new();
    private SalesforceAccessToken? _current;
    private Task<SalesforceAccessToken>? _pending;

    public string Connection => connection;

    /// <summary>The cached token, acquired on first use.</summary>
    public Task<SalesforceAccessToken> GetAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _current is { } token ? Task.FromResult(token) : StartLocked().WaitAsync(cancellationToken);
        }
    }

    /// <summary>A fresh token to replace <paramref name="rejected"/>, unless another caller already replaced it.</summary>
    public Task<SalesforceAccessToken> RefreshAsync(SalesforceAccessToken rejected, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_current is { } token && !ReferenceEquals(token, rejected))
            {
                return Task.FromResult(token);
            }

            _current = null;
            return StartLocked().WaitAsync(cancellationToken);
        }
    }

    private Task<SalesforceAccessToken> StartLocked()
    {
        if (_pending is null || _pending.IsCompleted)
        {
            // Shared by every waiter, so one caller's cancellation must not cancel it.
            _pending = AcquireAsync();
        }

        return _pending;
    }

    private async Task<SalesforceAccessToken> AcquireAsync()
    {
        var settings = options.CurrentValue.Connections[connection];
        var useJwt = !string.IsNullOrEmpty(settings.PrivateKeyPem);
        var form = useJwt ? JwtForm(settings) : ClientCredentialsForm(settings);
        var response = await oauth.RequestTokenAsync(form, CancellationToken.None);
        var token = new SalesforceAccessToken(response.AccessToken, new Uri(response.InstanceUrl, UriKind.Absolute));
        lock (_gate)
        {
            _current = token;
        }

        SalesforceLog.TokenAcquired(logger, connection, useJwt ? "jwt-bearer" : "client_credentials", token.InstanceUrl);
        return token;
    }

    private static Dictionary<string, string> ClientCredentialsForm(SalesforceConnectionOptions settings) => new()
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = settings.ClientId,
        ["client_secret"] = settings.ClientSecret ?? "",
    };

    private Dictionary<string, string> JwtForm(SalesforceConnectionOptions settings) => new()
    {
        ["grant_type"] = JwtBearerGrant,
        ["assertion"] = SalesforceJwtAssertion.Create(
            settings.ClientId,
            settings.Username ?? "",
            settings.LoginUrl.TrimEnd('/'),
            settings.PrivateKeyPem!,
            timeProvider.GetUtcNow()),
    };
}
