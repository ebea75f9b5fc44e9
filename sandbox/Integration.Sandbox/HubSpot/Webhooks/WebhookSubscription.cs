namespace Integration.Sandbox.HubSpot.Webhooks;

/// <summary>One subscription: an event type such as <c>contact.propertyChange</c> (with its property) and its id.</summary>
internal sealed record WebhookSubscription(long Id, string EventType, string? PropertyName)
{
    public bool Matches(Objects.ChangeNotice change) =>
        string.Equals(EventType, change.SubscriptionType, StringComparison.OrdinalIgnoreCase)
        && (PropertyName is null || string.Equals(PropertyName, change.PropertyName, StringComparison.Ordinal));
}
