using System.Text.Json;
using System.Text.Json.Nodes;

namespace Integration.Sandbox.HubSpot;

/// <summary>Reads a JSON object body, keeping its raw text (search limits its length).</summary>
internal static class RequestBody
{
    public static async Task<(JsonObject? Body, string Text)> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        try
        {
            return (JsonNode.Parse(text) as JsonObject, text);
        }
        catch (JsonException)
        {
            return (null, text);
        }
    }

    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node?.ToJsonString();
}
