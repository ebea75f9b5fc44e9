using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Batch;

/// <summary>One <c>batch/create</c> input; a unique <see cref="ObjectWriteTraceId"/> makes HubSpot answer 207 per input.</summary>
internal sealed record BatchCreateInput(
    [property: JsonPropertyName("properties")] IReadOnlyDictionary<string, string> Properties,
    [property: JsonPropertyName("objectWriteTraceId")] string? ObjectWriteTraceId = null);
