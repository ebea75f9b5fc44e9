using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Errors;

/// <summary>One entry of an error body's <c>errors</c>: <c>{"message","in","code","subCategory"}</c>.</summary>
internal sealed record HubSpotErrorDetail(
    [property: JsonPropertyName("message")] string? Message = null,
    [property: JsonPropertyName("in")] string? In = null,
    [property: JsonPropertyName("code")] string? Code = null);
