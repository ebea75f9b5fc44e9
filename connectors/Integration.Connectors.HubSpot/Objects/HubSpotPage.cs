using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Objects;

/// <summary>One page of a list: <c>{"results":[...],"paging":{"next":{"after","link"}}}</c>.</summary>
internal sealed record HubSpotPage(
    [property: JsonPropertyName("results")] IReadOnlyList<HubSpotObject> Results,
    [property: JsonPropertyName("paging")] HubSpotPaging? Paging = null);
