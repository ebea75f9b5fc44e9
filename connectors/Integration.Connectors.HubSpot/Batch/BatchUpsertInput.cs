using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Batch;

/// <summary>
/// One <c>batch/upsert</c> input: the unique property (<c>idProperty</c>), its value (<c>id</c>),
/// the property values, and a trace id HubSpot echoes in the context of a per-input error.
/// </summary>
internal sealed record BatchUpsertInput(
    [property: JsonPropertyName("idProperty")] string IdProperty,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("properties")] IReadOnlyDictionary<string, string> Properties,
    [property: JsonPropertyName("objectWriteTraceId")] string? ObjectWriteTraceId = null);
