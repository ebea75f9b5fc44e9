using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Search;

/// <summary>
/// <c>POST /crm/v3/objects/{objectType}/search</c> body. <see cref="Limit"/> is at most 200;
/// <see cref="After"/> is an offset written as an integer, and paging past 10,000 results is refused.
/// </summary>
internal sealed record SearchRequest(
    [property: JsonPropertyName("filterGroups")] IReadOnlyList<SearchFilterGroup> FilterGroups,
    [property: JsonPropertyName("sorts")] IReadOnlyList<SearchSort> Sorts,
    [property: JsonPropertyName("properties")] IReadOnlyList<string> Properties,
    [property: JsonPropertyName("limit")] int Limit,
    [property: JsonPropertyName("after")] string? After = null);
