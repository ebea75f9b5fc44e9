using Integration.Sandbox.Hosting;
using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Salesforce.Rest;

/// <summary>
/// A top-level REST error: HTTP 4xx/5xx with <c>[{"message","errorCode","fields"?}]</c>. DML errors carry
/// <c>fields</c>; query and session errors do not.
/// </summary>
internal sealed record RestError(int Status, string ErrorCode, string Message, IReadOnlyList<string>? Fields = null)
{
    public static RestError InvalidSession { get; } = new(401, "INVALID_SESSION_ID", "Session expired or invalid");
    public static RestError LimitExceeded { get; } = new(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
    public static RestError NotFound { get; } = new(404, "NOT_FOUND", "The requested resource does not exist");

    public static RestError From(DmlError error) => new(error.HttpStatus, error.StatusCode, error.Message, error.Fields);

    public JsonArray ToJson()
    {
        var item = new JsonObject { ["message"] = Message, ["errorCode"] = ErrorCode };
        if (Fields is not null)
        {
            item["fields"] = new JsonArray([.. Fields.Select(f => (JsonNode)f)]);
        }

        return [item];
    }

    public IResult ToResult() => Results.Content(ToJson().ToJsonString(SandboxJson.Options), "application/json", statusCode: Status);
}
