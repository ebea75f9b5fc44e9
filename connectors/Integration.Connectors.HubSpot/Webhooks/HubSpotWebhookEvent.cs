using System.Text.Json;
using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Webhooks;

/// <summary>
/// One event of a webhook delivery, as HubSpot sends it (the type key of real payloads is
/// <c>subscriptionType</c>; the docs' <c>eventType</c> is read too).
/// </summary>
internal sealed record HubSpotWebhookEvent(
    [property: JsonPropertyName("eventId")] long? EventId,
    [property: JsonPropertyName("subscriptionId")] long? SubscriptionId,
    [property: JsonPropertyName("portalId")] long? PortalId,
    [property: JsonPropertyName("appId")] long? AppId,
    [property: JsonPropertyName("occurredAt")] long? OccurredAt,
    [property: JsonPropertyName("subscriptionType")] string? SubscriptionType,
    [property: JsonPropertyName("eventType")] string? EventType,
    [property: JsonPropertyName("attemptNumber")] int? AttemptNumber,
    [property: JsonPropertyName("objectId")] long? ObjectId,
    [property: JsonPropertyName("objectTypeId")] string? ObjectTypeId,
    [property: JsonPropertyName("propertyName")] string? PropertyName,
    [property: JsonPropertyName("propertyValue")] JsonElement? PropertyValue,
    [property: JsonPropertyName("changeSource")] string? ChangeSource,
    [property: JsonPropertyName("sourceId")] string? SourceId,
    [property: JsonPropertyName("changeFlag")] string? ChangeFlag,
    [property: JsonPropertyName("primaryObjectId")] long? PrimaryObjectId,
    [property: JsonPropertyName("mergedObjectIds")] IReadOnlyList<long>? MergedObjectIds,
    [property: JsonPropertyName("newObjectId")] long? NewObjectId,
    [property: JsonPropertyName("associationType")] string? AssociationType,
    [property: JsonPropertyName("fromObjectId")] long? FromObjectId,
    [property: JsonPropertyName("toObjectId")] long? ToObjectId,
    [property: JsonPropertyName("associationRemoved")] bool? AssociationRemoved);
