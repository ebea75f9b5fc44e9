using System.Text.Json;
using System.Text.Json.Serialization;

namespace Integration.Connectors.NetSuite.Api;

/// <summary>A SuiteQL result page; column names come back in lower case and null columns may be absent.</summary>
internal sealed record SuiteQlPage(
    [property: JsonPropertyName("links")] IReadOnlyList<NetSuiteLink>? Links,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("hasMore")] bool HasMore,
    [property: JsonPropertyName("items")] IReadOnlyList<Dictionary<string, JsonElement>> Items,
    [property: JsonPropertyName("offset")] int Offset,
    [property: JsonPropertyName("totalResults")] int TotalResults);
