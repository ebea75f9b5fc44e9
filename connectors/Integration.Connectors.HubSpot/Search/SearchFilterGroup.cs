using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Search;

/// <summary>Filters ANDed together (at most 6); groups are ORed (at most 5).</summary>
internal sealed record SearchFilterGroup([property: JsonPropertyName("filters")] IReadOnlyList<SearchFilter> Filters);
