using System.Text.Json.Serialization;

namespace Integration.Connectors.NetSuite.Api;

/// <summary>One entry of <c>o:errorDetails</c>.</summary>
internal sealed record NetSuiteErrorDetail(
    [property: JsonPropertyName("detail")] string? Detail,
    [property: JsonPropertyName("o:errorCode")] string? ErrorCode,
    [property: JsonPropertyName("o:errorPath")] string? ErrorPath);
