using System.Text.Json;
using System.Text.Json.Serialization;

namespace Integration.Connectors.Salesforce.Api;

/// <summary>A page of <c>query</c>/<c>queryAll</c>: records keep their vendor JSON (each with an <c>attributes</c> object).</summary>
internal sealed record SalesforceQueryResult(
    [property: JsonPropertyName("totalSize")] long TotalSize,
    [property: JsonPropertyName("done")] bool Done,
    [property: JsonPropertyName("nextRecordsUrl")] string? NextRecordsUrl,
    [property: JsonPropertyName("records")] IReadOnlyList<JsonElement> Records);
