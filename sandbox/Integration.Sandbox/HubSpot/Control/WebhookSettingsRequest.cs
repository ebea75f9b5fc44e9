namespace Integration.Sandbox.HubSpot.Control;

/// <summary>
/// A portal's webhook target: URL, the app whose id and secret events carry (the portal's first app when null),
/// subscriptions, concurrency (10 like HubSpot), retries (10), first back-off (60 s, doubling) and timeout (5 s).
/// </summary>
internal sealed record WebhookSettingsRequest(
    string TargetUrl,
    IReadOnlyList<SubscriptionRequest> Subscriptions,
    long? AppId = null,
    int MaxConcurrentRequests = 10,
    int MaxRetries = 10,
    int RetryDelayMs = 60_000,
    int TimeoutMs = 5_000);
