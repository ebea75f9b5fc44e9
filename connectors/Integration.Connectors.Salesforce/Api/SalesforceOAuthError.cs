using System.Text.Json.Serialization;

namespace Integration.Connectors.Salesforce.Api;

/// <summary>The token endpoint's error body <c>{"error","error_description"}</c>.</summary>
internal sealed record SalesforceOAuthError(
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("error_description")] string? ErrorDescription);
