using System.Text.Json.Serialization;
using Integration.Connectors.HubSpot.Errors;

namespace Integration.Connectors.HubSpot.Associations;

/// <summary>A v4 batch answer (200 or 207): <c>{"status","results":[...],"errors":[...]}</c>.</summary>
internal sealed record AssociationBatchResponse<TResult>(
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("results")] IReadOnlyList<TResult> Results,
    [property: JsonPropertyName("numErrors")] int NumErrors = 0,
    [property: JsonPropertyName("errors")] IReadOnlyList<HubSpotError>? Errors = null);
