using System.Text.Json.Serialization;
using Integration.Connectors.HubSpot.Batch;

namespace Integration.Connectors.HubSpot.Associations;

/// <summary>One v4 <c>batch/create</c> input: <c>{"from":{"id"},"to":{"id"},"types":[...]}</c>.</summary>
internal sealed record AssociationCreateInput(
    [property: JsonPropertyName("from")] BatchId From,
    [property: JsonPropertyName("to")] BatchId To,
    [property: JsonPropertyName("types")] IReadOnlyList<AssociationType> Types);
