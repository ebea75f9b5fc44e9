namespace Integration.Sandbox.Salesforce.Streaming.EventBus;

/// <summary>An event in the org's log: its replay id, entity, when it was retained, and its payload as JSON text.</summary>
internal sealed record RetainedEvent(long ReplayId, string EntityName, DateTimeOffset RetainedAt, string Schema, string PayloadJson);
