using System.Text.Json.Serialization;
using Integration.Connectors.HubSpot.Objects;

namespace Integration.Connectors.HubSpot.Search;

/// <summary>A search page: <c>{"total","results":[...],"paging":{"next":{"after"}}}</c>.</summary>
internal sealed record SearchResponse(
    [property: JsonPropertyName("total")] long Total,
    [property: JsonPropertyName("results")] IReadOnlyList<HubSpotObject> Results,
    [property: JsonPropertyName("paging")] HubSpotPaging? Paging = null);
