using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Objects;

/// <summary>A CRM object as the v3 objects, batch and search endpoints return it.</summary>
internal sealed record HubSpotObject(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("properties")] IReadOnlyDictionary<string, string?> Properties,
    [property: JsonPropertyName("createdAt")] DateTimeOffset? CreatedAt = null,
    [property: JsonPropertyName("updatedAt")] DateTimeOffset? UpdatedAt = null,
    [property: JsonPropertyName("archived")] bool Archived = false,
    [property: JsonPropertyName("archivedAt")] DateTimeOffset? ArchivedAt = null,
    [property: JsonPropertyName("new")] bool? New = null);
