using System.Text.Json.Serialization;

namespace Integration.Connectors.Salesforce.Api;

/// <summary>The token endpoint's answer; client-credentials and JWT grants return no refresh token.</summary>
internal sealed record SalesforceTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("instance_url")] string InstanceUrl,
    [property: JsonPropertyName("token_type")] string? TokenType,
    [property: JsonPropertyName("issued_at")] string? IssuedAt,
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("scope")] string? Scope)
{
    /// <summary>Keeps the token out of logs and exception messages.</summary>
    public override string ToString() => $"SalesforceTokenResponse {{ InstanceUrl = {InstanceUrl}, TokenType = {TokenType} }}";
}
