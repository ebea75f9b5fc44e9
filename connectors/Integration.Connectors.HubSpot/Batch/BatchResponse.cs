using System.Text.Json.Serialization;
using Integration.Connectors.HubSpot.Errors;
using Integration.Connectors.HubSpot.Objects;

namespace Integration.Connectors.HubSpot.Batch;

/// <summary>
/// A batch answer, 200 or 207: <c>{"status":"COMPLETE","results":[...],"numErrors","errors":[...]}</c>.
/// On 207 the inputs missing from <see cref="Results"/> are named in the errors' <c>context</c>.
/// </summary>
internal sealed record BatchResponse(
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("results")] IReadOnlyList<HubSpotObject> Results,
    [property: JsonPropertyName("numErrors")] int NumErrors = 0,
    [property: JsonPropertyName("errors")] IReadOnlyList<HubSpotError>? Errors = null);
