using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Associations;

/// <summary>An association type in a read result: <c>{"category","typeId","label"}</c>; the unlabeled type has label null.</summary>
internal sealed record AssociationTypeInfo(
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("typeId")] int TypeId,
    [property: JsonPropertyName("label")] string? Label = null);
