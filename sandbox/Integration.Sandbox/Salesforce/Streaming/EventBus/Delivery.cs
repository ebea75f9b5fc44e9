namespace Integration.Sandbox.Salesforce.Streaming.EventBus;

/// <summary>An event going out on one channel, in log order.</summary>
internal sealed record Delivery(string Channel, RetainedEvent Event, long Position);
