using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Properties;

/// <summary>One option of an enumeration property: <c>{"label","value","hidden"}</c>.</summary>
internal sealed record HubSpotPropertyOption(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("label")] string? Label = null,
    [property: JsonPropertyName("hidden")] bool Hidden = false);
