using System.Text.Json.Serialization;

namespace Integration.Connectors.Salesforce.Api;

/// <summary>A per-record error in a save result: note <c>statusCode</c>, where top-level REST errors say <c>errorCode</c>.</summary>
internal sealed record SalesforceRecordError(
    [property: JsonPropertyName("statusCode")] string StatusCode,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("fields")] IReadOnlyList<string>? Fields);
