namespace Integration.Sandbox.HubSpot;

/// <summary>
/// One portal (HubSpot account) and its first private app: the app's bearer token selects the portal, its client
/// secret signs webhooks. Limits default to a Free/Starter private app (100 per 10 s, 250,000 per day, search 5/s).
/// </summary>
public sealed record HubSpotPortalOptions
{
    /// <summary>Name used by the control API; default <c>default</c>.</summary>
    public string Name { get; init; } = "default";

    /// <summary>The portal (hub) id written into webhook events; 0 assigns the next free id (from 90000001).</summary>
    public long PortalId { get; init; }

    /// <summary>Private-app access token sent as <c>Authorization: Bearer</c>; default <c>sandbox-hs-token</c>.</summary>
    public string Token { get; init; } = "sandbox-hs-token";

    /// <summary>The app's id (<c>appId</c> in events, <c>sourceId</c> of its API writes); default 1001.</summary>
    public long AppId { get; init; } = 1001;

    /// <summary>The app's client secret, the key of webhook signatures; default <c>sandbox-hs-client-secret</c>.</summary>
    public string ClientSecret { get; init; } = "sandbox-hs-client-secret";

    /// <summary>Requests per app per rolling 10 seconds (<c>TEN_SECONDLY_ROLLING</c>); default 100.</summary>
    public int TenSecondLimit { get; init; } = 100;

    /// <summary>Requests per portal per UTC day (<c>DAILY</c>); default 250,000.</summary>
    public long DailyLimit { get; init; } = 250_000;

    /// <summary>Search requests per token per rolling second; default 5.</summary>
    public int SearchPerSecond { get; init; } = 5;
}
