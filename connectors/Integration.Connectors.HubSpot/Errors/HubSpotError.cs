using System.Text.Json;
using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Errors;

/// <summary>
/// HubSpot's error body, also one entry of a batch's <c>errors</c>:
/// <c>{"status":"error","message","correlationId","category","subCategory","context","errors":[...]}</c>.
/// Every field is optional.
/// </summary>
internal sealed record HubSpotError(
    [property: JsonPropertyName("status")] string? Status = null,
    [property: JsonPropertyName("message")] string? Message = null,
    [property: JsonPropertyName("correlationId")] string? CorrelationId = null,
    [property: JsonPropertyName("category")] string? Category = null,
    [property: JsonPropertyName("subCategory")] JsonElement? SubCategory = null,
    [property: JsonPropertyName("context")] IReadOnlyDictionary<string, JsonElement>? Context = null,
    [property: JsonPropertyName("errors")] IReadOnlyList<HubSpotErrorDetail>? Errors = null,
    [property: JsonPropertyName("policyName")] string? PolicyName = null,
    [property: JsonPropertyName("errorType")] string? ErrorType = null)
{
    /// <summary>The strings under <paramref name="key"/> of <see cref="Context"/> (<c>ids</c>, <c>objectWriteTraceId</c>).</summary>
    public IEnumerable<string> ContextValues(string key)
    {
        if (Context is null || !Context.TryGetValue(key, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Select(item => item.ToString()).ToList(),
            JsonValueKind.Null or JsonValueKind.Undefined => [],
            _ => [value.ToString()],
        };
    }
}
