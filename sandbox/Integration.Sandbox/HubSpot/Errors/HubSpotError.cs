using System.Text.Json.Nodes;
using Integration.Sandbox.Hosting;

namespace Integration.Sandbox.HubSpot.Errors;

/// <summary>
/// HubSpot's error body: <c>{"status":"error","message","correlationId","category",...}</c>, with optional
/// <c>errors</c>, <c>context</c> and the rate-limit fields.
/// </summary>
internal static class HubSpotError
{
    public const string AuthenticationMessage =
        "Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview";

    public static JsonObject Body(string category, string message, JsonObject? context = null, JsonArray? errors = null)
    {
        var body = new JsonObject
        {
            ["status"] = "error",
            ["message"] = message,
            ["correlationId"] = Guid.NewGuid().ToString(),
        };
        if (context is not null)
        {
            body["context"] = context;
        }

        body["category"] = category;
        if (errors is not null)
        {
            body["errors"] = errors;
        }

        return body;
    }

    public static IResult Result(int status, string category, string message, JsonObject? context = null, JsonArray? errors = null) =>
        Json(Body(category, message, context, errors), status);

    public static IResult Json(JsonNode body, int status) =>
        Results.Content(body.ToJsonString(SandboxJson.Options), "application/json;charset=utf-8", statusCode: status);

    public static IResult Validation(string message) => Result(400, "VALIDATION_ERROR", message);

    public static IResult Unauthorized() => Result(401, "INVALID_AUTHENTICATION", AuthenticationMessage);

    public static IResult ObjectNotFound(string id) =>
        Result(404, "OBJECT_NOT_FOUND", "Object not found.  objectId are usually numeric.", new JsonObject { ["id"] = new JsonArray(id) });

    public static IResult UnknownObjectType(string objectType) => Validation($"Unable to infer object type from: {objectType}");

    public static IResult RateLimited(string policyName) => Json(RateLimitedBody(policyName), 429);

    public static JsonObject RateLimitedBody(string policyName) => new()
    {
        ["status"] = "error",
        ["message"] = policyName == "DAILY" ? "You have reached your daily limit." : "You have reached your ten_secondly_rolling limit.",
        ["errorType"] = "RATE_LIMIT",
        ["correlationId"] = Guid.NewGuid().ToString(),
        ["policyName"] = policyName,
        ["requestId"] = Guid.NewGuid().ToString(),
    };

    public static IResult SearchRateLimited() => Result(429, "RATE_LIMITS", "You have reached your secondly limit.");
}
