using System.Text.Json.Nodes;
using Integration.Sandbox.HubSpot.Errors;

namespace Integration.Sandbox.HubSpot.Batch;

/// <summary>Reads <c>{"inputs":[...]}</c> and enforces the 100-input limit.</summary>
internal static class BatchInputs
{
    public const int MaxInputs = 100;

    public static async Task<(JsonObject Body, List<JsonObject> Inputs, IResult? Error)> ReadAsync(HttpRequest request)
    {
        var (body, _) = await RequestBody.ReadAsync(request);
        if (body?["inputs"] is not JsonArray inputs || inputs.Any(i => i is not JsonObject))
        {
            return (new JsonObject(), [], HubSpotError.Validation("Invalid input JSON: the body must be an object with an \"inputs\" array of objects."));
        }

        return inputs.Count > MaxInputs
            ? (body, [], HubSpotError.Validation($"Batch input has {inputs.Count} inputs; at most {MaxInputs} are allowed."))
            : (body, [.. inputs.Cast<JsonObject>()], null);
    }
}
