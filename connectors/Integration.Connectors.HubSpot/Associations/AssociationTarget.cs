using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Associations;

/// <summary>One associated record in a read result: <c>{"toObjectId","associationTypes":[...]}</c>.</summary>
internal sealed record AssociationTarget(
    [property: JsonPropertyName("toObjectId")] long ToObjectId,
    [property: JsonPropertyName("associationTypes")] IReadOnlyList<AssociationTypeInfo> AssociationTypes);
