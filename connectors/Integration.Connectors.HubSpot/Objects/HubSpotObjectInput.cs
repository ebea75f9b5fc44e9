using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Objects;

/// <summary>The body of a single create or update: property values, all as strings.</summary>
internal sealed record HubSpotObjectInput(
    [property: JsonPropertyName("properties")] IReadOnlyDictionary<string, string> Properties);
