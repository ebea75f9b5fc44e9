using System.Text.Json.Serialization;

namespace Integration.Connectors.Salesforce.Api;

/// <summary>One element of a REST error array <c>[{"message","errorCode","fields"}]</c>; query errors carry no <c>fields</c>.</summary>
internal sealed record SalesforceApiError(
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("errorCode")] string? ErrorCode,
    [property: JsonPropertyName("fields")] IReadOnlyList<string>? Fields);
