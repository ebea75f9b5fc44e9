using Refit;

namespace Integration.Connectors.Salesforce.Api;

/// <summary>The OAuth 2.0 token endpoint of the login server (<c>{LoginUrl}/services/oauth2/token</c>, form-encoded).</summary>
internal interface ISalesforceOAuthApi
{
    /// <summary>Requests an access token (client-credentials or JWT bearer grant).</summary>
    [Post("/services/oauth2/token")]
    Task<SalesforceTokenResponse> RequestTokenAsync([Body(BodySerializationMethod.UrlEncoded)] Dictionary<string, string> form, CancellationToken cancellationToken);
}
