using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Properties;

/// <summary>
/// One property definition from <c>GET /crm/v3/properties/{objectType}</c>. <see cref="Type"/> is
/// string, number, date, datetime, enumeration, bool, phone_number, json, ... (unknown types kept).
/// </summary>
internal sealed record HubSpotProperty(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("fieldType")] string? FieldType = null,
    [property: JsonPropertyName("label")] string? Label = null,
    [property: JsonPropertyName("options")] IReadOnlyList<HubSpotPropertyOption>? Options = null,
    [property: JsonPropertyName("hasUniqueValue")] bool HasUniqueValue = false,
    [property: JsonPropertyName("calculated")] bool Calculated = false,
    [property: JsonPropertyName("modificationMetadata")] HubSpotPropertyModificationMetadata? ModificationMetadata = null);
