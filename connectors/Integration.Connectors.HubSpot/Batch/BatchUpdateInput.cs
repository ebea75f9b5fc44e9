using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Batch;

/// <summary>One <c>batch/update</c> input: <c>{"id","idProperty"?,"properties"}</c>.</summary>
internal sealed record BatchUpdateInput(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("properties")] IReadOnlyDictionary<string, string> Properties,
    [property: JsonPropertyName("idProperty")] string? IdProperty = null);
