using System.Text.Json.Serialization;

namespace Integration.Connectors.Salesforce.Api;

/// <summary>The part of <c>sobjects/{Object}/describe</c> the connector reads.</summary>
internal sealed record SalesforceDescribeResult(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("fields")] IReadOnlyList<SalesforceDescribeField> Fields);
