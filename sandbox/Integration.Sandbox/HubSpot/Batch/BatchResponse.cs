using System.Text.Json.Nodes;
using Integration.Sandbox.HubSpot.Errors;

namespace Integration.Sandbox.HubSpot.Batch;

/// <summary>
/// A batch answer: <c>{"status":"COMPLETE","results","numErrors"?,"errors"?,"startedAt","completedAt"}</c>, HTTP 207
/// when some inputs failed, else the success status given (200, or 201 for create).
/// </summary>
internal static class BatchResponse
{
    public static IResult Build(JsonArray results, JsonArray errors, DateTimeOffset startedAt, DateTimeOffset completedAt, int successStatus = 200)
    {
        var body = new JsonObject { ["status"] = "COMPLETE", ["results"] = results };
        if (errors.Count > 0)
        {
            body["numErrors"] = errors.Count;
            body["errors"] = errors;
        }

        body["startedAt"] = Wire.Timestamp(startedAt);
        body["completedAt"] = Wire.Timestamp(completedAt);
        return HubSpotError.Json(body, errors.Count > 0 ? 207 : successStatus);
    }

    public static JsonObject NotFound(string singular, IEnumerable<string> ids) => new()
    {
        ["status"] = "error",
        ["category"] = "OBJECT_NOT_FOUND",
        ["message"] = $"Could not get some {singular} objects, they may be deleted or not exist. Check that ids are valid.",
        ["context"] = new JsonObject { ["ids"] = new JsonArray([.. ids.Select(id => (JsonNode)id)]) },
    };
}
