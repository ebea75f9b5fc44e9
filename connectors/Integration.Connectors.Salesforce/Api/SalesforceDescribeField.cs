using System.Text.Json.Serialization;

namespace Integration.Connectors.Salesforce.Api;

/// <summary>One field of a describe result.</summary>
internal sealed record SalesforceDescribeField(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("createable")] bool Createable,
    [property: JsonPropertyName("updateable")] bool Updateable,
    [property: JsonPropertyName("externalId")] bool ExternalId,
    [property: JsonPropertyName("idLookup")] bool IdLookup,
    [property: JsonPropertyName("relationshipName")] string? RelationshipName,
    [property: JsonPropertyName("referenceTo")] IReadOnlyList<string>? ReferenceTo,
    [property: JsonPropertyName("picklistValues")] IReadOnlyList<SalesforcePicklistValue>? PicklistValues);
