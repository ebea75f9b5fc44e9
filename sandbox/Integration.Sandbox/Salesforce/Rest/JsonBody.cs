using System.Text.Json;
using System.Text.Json.Nodes;

namespace Integration.Sandbox.Salesforce.Rest;

/// <summary>Reads a request body as JSON; a parse failure is Salesforce's 400 JSON_PARSER_ERROR.</summary>
internal static class JsonBody
{
    public static async Task<(T? Body, RestError? Error)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : JsonNode
    {
        try
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return node is T typed
                ? (typed, null)
                : (null, new RestError(400, "JSON_PARSER_ERROR", $"Cannot deserialize instance of {(typeof(T) == typeof(JsonArray) ? "list" : "object")} from {node?.GetValueKind().ToString() ?? "empty"} value"));
        }
        catch (JsonException e)
        {
            return (null, new RestError(400, "JSON_PARSER_ERROR", e.Message));
        }
    }
}
