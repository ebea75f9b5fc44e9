using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Properties;

/// <summary>The properties API answer: <c>{"results":[...]}</c>.</summary>
internal sealed record HubSpotPropertyList([property: JsonPropertyName("results")] IReadOnlyList<HubSpotProperty> Results);
