using System.Text.Json.Serialization;

namespace Integration.Connectors.Salesforce.Api;

/// <summary>One picklist entry of a describe field.</summary>
internal sealed record SalesforcePicklistValue(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("label")] string? Label,
    [property: JsonPropertyName("active")] bool Active);
