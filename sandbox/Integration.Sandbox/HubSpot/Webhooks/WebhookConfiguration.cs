namespace Integration.Sandbox.HubSpot.Webhooks;

/// <summary>A portal's webhook target as delivery uses it: where, signed with whose secret, what, and how retried.</summary>
internal sealed record WebhookConfiguration(
    Uri TargetUrl,
    long AppId,
    string ClientSecret,
    IReadOnlyList<WebhookSubscription> Subscriptions,
    int MaxConcurrentRequests,
    int MaxRetries,
    TimeSpan RetryDelay,
    TimeSpan Timeout);
