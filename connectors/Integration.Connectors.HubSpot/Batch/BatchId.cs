using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Batch;

/// <summary>One batch input naming a record: <c>{"id":"..."}</c>.</summary>
internal sealed record BatchId([property: JsonPropertyName("id")] string Id);
