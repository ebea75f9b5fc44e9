using Integration.Sandbox.Salesforce.Streaming.Sessions;
using Integration.Sandbox.Salesforce.Tenancy;

namespace Integration.Sandbox.Salesforce.Streaming.Bayeux;

/// <summary>One <c>/cometd</c> HTTP request: the org its bearer token names (null when missing, unknown or expired) and the services a message handler needs.</summary>
internal sealed record BayeuxExchange(
    HttpContext Http,
    SalesforceOrg? Org,
    bool HasToken,
    BayeuxClientRegistry Clients,
    StreamingOptions Options,
    TimeProvider Time,
    CancellationToken Stopping)
{
    public const string BrowserCookie = "BAYEUX_BROWSER";

    public string? BrowserId => Http.Request.Cookies[BrowserCookie];
}
