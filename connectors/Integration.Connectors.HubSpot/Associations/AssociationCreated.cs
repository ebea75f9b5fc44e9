using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Associations;

/// <summary>One v4 <c>batch/create</c> result: <c>{"fromObjectTypeId","fromObjectId","toObjectTypeId","toObjectId","labels"}</c>.</summary>
internal sealed record AssociationCreated(
    [property: JsonPropertyName("fromObjectId")] long FromObjectId,
    [property: JsonPropertyName("toObjectId")] long ToObjectId,
    [property: JsonPropertyName("labels")] IReadOnlyList<string>? Labels = null);
