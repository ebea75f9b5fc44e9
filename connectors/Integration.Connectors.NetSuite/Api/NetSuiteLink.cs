using System.Text.Json.Serialization;

namespace Integration.Connectors.NetSuite.Api;

/// <summary>A HAL-style link (<c>rel</c>: self, next, prev, first, last).</summary>
internal sealed record NetSuiteLink(
    [property: JsonPropertyName("rel")] string Rel,
    [property: JsonPropertyName("href")] string Href);
