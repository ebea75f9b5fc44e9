using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Objects;

/// <summary>The cursor of the next page (<c>after</c>) and its URL (<c>link</c>).</summary>
internal sealed record HubSpotNextPage(
    [property: JsonPropertyName("after")] string After,
    [property: JsonPropertyName("link")] string? Link = null);
