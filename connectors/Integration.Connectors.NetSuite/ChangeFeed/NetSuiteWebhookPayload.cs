using System.Text.Json.Serialization;

namespace Integration.Connectors.NetSuite.ChangeFeed;

/// <summary>
/// The body a User Event script's <c>afterSubmit</c> posts for one record change (our own contract with
/// the script; NetSuite has no native webhook). <c>eventType</c> is the script context's type:
/// <c>create</c>, <c>edit</c>, <c>xedit</c>, <c>delete</c>…
/// </summary>
internal sealed record NetSuiteWebhookPayload(
    [property: JsonPropertyName("eventId")] string? EventId,
    [property: JsonPropertyName("accountId")] string? AccountId,
    [property: JsonPropertyName("recordType")] string? RecordType,
    [property: JsonPropertyName("recordId")] string? RecordId,
    [property: JsonPropertyName("eventType")] string? EventType,
    [property: JsonPropertyName("occurredAt")] DateTimeOffset? OccurredAt,
    [property: JsonPropertyName("executionContext")] string? ExecutionContext,
    [property: JsonPropertyName("changedFields")] IReadOnlyList<string>? ChangedFields);
