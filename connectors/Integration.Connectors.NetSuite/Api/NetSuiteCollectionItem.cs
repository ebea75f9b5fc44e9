using System.Text.Json.Serialization;

namespace Integration.Connectors.NetSuite.Api;

/// <summary>One entry of a record collection page.</summary>
internal sealed record NetSuiteCollectionItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("links")] IReadOnlyList<NetSuiteLink>? Links);
