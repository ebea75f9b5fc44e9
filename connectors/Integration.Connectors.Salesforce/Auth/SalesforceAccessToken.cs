namespace Integration.Connectors.Salesforce.Auth;

/// <summary>A cached access token and the org's API host it is valid for.</summary>
/// <param name="AccessToken">The bearer token. Secret: <see cref="ToString"/> leaves it out.</param>
/// <param name="InstanceUrl">The org's instance, the base of every REST call (<c>https://acme.my.salesforce.com</c>).</param>
internal sealed record SalesforceAccessToken(string AccessToken, Uri InstanceUrl)
{
    /// <summary>Keeps the token out of logs and exception messages.</summary>
    public override string ToString() => $"SalesforceAccessToken {{ InstanceUrl = {InstanceUrl} }}";
}
