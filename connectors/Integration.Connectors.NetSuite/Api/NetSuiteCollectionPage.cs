using System.Text.Json.Serialization;

namespace Integration.Connectors.NetSuite.Api;

/// <summary>A record collection page: items carry only <c>id</c> and <c>links</c>.</summary>
internal sealed record NetSuiteCollectionPage(
    [property: JsonPropertyName("links")] IReadOnlyList<NetSuiteLink>? Links,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("hasMore")] bool HasMore,
    [property: JsonPropertyName("items")] IReadOnlyList<NetSuiteCollectionItem> Items,
    [property: JsonPropertyName("offset")] int Offset,
    [property: JsonPropertyName("totalResults")] int TotalResults);
