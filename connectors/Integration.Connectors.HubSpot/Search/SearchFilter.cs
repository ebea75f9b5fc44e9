using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Search;

/// <summary>
/// One search filter: <c>{"propertyName","operator","value"|"values"|"highValue"}</c>. Operators:
/// EQ, NEQ, LT, LTE, GT, GTE, BETWEEN, IN, NOT_IN, HAS_PROPERTY, NOT_HAS_PROPERTY,
/// CONTAINS_TOKEN, NOT_CONTAINS_TOKEN.
/// </summary>
internal sealed record SearchFilter(
    [property: JsonPropertyName("propertyName")] string PropertyName,
    [property: JsonPropertyName("operator")] string Operator,
    [property: JsonPropertyName("value")] string? Value = null,
    [property: JsonPropertyName("values")] IReadOnlyList<string>? Values = null,
    [property: JsonPropertyName("highValue")] string? HighValue = null);
