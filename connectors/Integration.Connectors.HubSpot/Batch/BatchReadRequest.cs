using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Batch;

/// <summary>
/// <c>POST .../batch/read</c> body: <c>{"idProperty","inputs":[{"id"}],"properties":[...]}</c>;
/// without <see cref="IdProperty"/> the ids are record ids.
/// </summary>
internal sealed record BatchReadRequest(
    [property: JsonPropertyName("inputs")] IReadOnlyList<BatchId> Inputs,
    [property: JsonPropertyName("properties")] IReadOnlyList<string> Properties,
    [property: JsonPropertyName("idProperty")] string? IdProperty = null);
