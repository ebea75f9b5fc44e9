using System.Text.Json.Serialization;

namespace Integration.Connectors.NetSuite.Api;

/// <summary>NetSuite's REST error body: <c>{type, title, status, o:errorDetails:[…]}</c>.</summary>
internal sealed record NetSuiteErrorBody(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("status")] int? Status,
    [property: JsonPropertyName("o:errorDetails")] IReadOnlyList<NetSuiteErrorDetail>? ErrorDetails);
