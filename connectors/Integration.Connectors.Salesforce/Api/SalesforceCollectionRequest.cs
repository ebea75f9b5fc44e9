using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Integration.Connectors.Salesforce.Api;

/// <summary>An sObject Collections body <c>{"allOrNone","records":[{"attributes":{"type"},…}]}</c>, at most 200 records.</summary>
internal sealed record SalesforceCollectionRequest(
    [property: JsonPropertyName("allOrNone")] bool AllOrNone,
    [property: JsonPropertyName("records")] IReadOnlyList<JsonObject> Records);
