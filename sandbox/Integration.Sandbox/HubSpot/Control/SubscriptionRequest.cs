namespace Integration.Sandbox.HubSpot.Control;

/// <summary>One subscription: <c>contact.creation</c>, or <c>contact.propertyChange</c> with a property name.</summary>
internal sealed record SubscriptionRequest(string EventType, string? PropertyName = null);
