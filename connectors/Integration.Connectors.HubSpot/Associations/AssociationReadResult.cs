using System.Text.Json.Serialization;
using Integration.Connectors.HubSpot.Batch;

namespace Integration.Connectors.HubSpot.Associations;

/// <summary>One v4 <c>batch/read</c> result: <c>{"from":{"id"},"to":[...]}</c>.</summary>
internal sealed record AssociationReadResult(
    [property: JsonPropertyName("from")] BatchId From,
    [property: JsonPropertyName("to")] IReadOnlyList<AssociationTarget> To);
