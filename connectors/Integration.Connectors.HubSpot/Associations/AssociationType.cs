using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Associations;

/// <summary>An association type in a create input: <c>{"associationCategory","associationTypeId"}</c>.</summary>
internal sealed record AssociationType(
    [property: JsonPropertyName("associationCategory")] string AssociationCategory,
    [property: JsonPropertyName("associationTypeId")] int AssociationTypeId);
