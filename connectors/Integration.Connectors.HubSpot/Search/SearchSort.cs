using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Search;

/// <summary>The one sort rule search allows: <c>{"propertyName","direction":"ASCENDING"|"DESCENDING"}</c>.</summary>
internal sealed record SearchSort(
    [property: JsonPropertyName("propertyName")] string PropertyName,
    [property: JsonPropertyName("direction")] string Direction);
