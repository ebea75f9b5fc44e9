using System.Text.Json.Nodes;
using Integration.Sandbox.Hosting;

namespace Integration.Sandbox.NetSuite.Rest;

/// <summary>
/// An error in REST web services' shape: <c>{type, title, status, "o:errorDetails":[{detail, "o:errorCode",
/// "o:errorPath"?, "o:errorQueryParam"?}]}</c> (Oracle, "Error Handling in REST Web Services").
/// </summary>
internal sealed record NetSuiteError(int Status, string Code, string Detail, string? ErrorPath = null, string? QueryParam = null)
{
    public const string InvalidLoginDetail = "Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.";

    public static NetSuiteError InvalidLogin { get; } = new(401, "INVALID_LOGIN", InvalidLoginDetail);

    public static NetSuiteError ConcurrencyLimitExceeded { get; } = new(429, "CONCURRENCY_LIMIT_EXCEEDED", "Concurrent request limit exceeded. Request blocked.");

    public static NetSuiteError NotFound(string what) => new(404, "NONEXISTENT_ID", $"The record instance does not exist. Provide a valid record instance ID. ({what})");

    public static NetSuiteError User(string detail, string? path = null) => new(400, "USER_ERROR", detail, path);

    public JsonObject ToJson()
    {
        var detail = new JsonObject { ["detail"] = Detail, ["o:errorCode"] = Code };
        if (ErrorPath is not null)
        {
            detail["o:errorPath"] = ErrorPath;
        }

        if (QueryParam is not null)
        {
            detail["o:errorQueryParam"] = QueryParam;
        }

        var (type, title) = Describe(Status);
        return new JsonObject { ["type"] = type, ["title"] = title, ["status"] = Status, ["o:errorDetails"] = new JsonArray(detail) };
    }

    public IResult ToResult() => Results.Content(ToJson().ToJsonString(SandboxJson.Options), "application/vnd.oracle.resource+json; type=error; charset=utf-8", statusCode: Status);

    private static (string Type, string Title) Describe(int status) => status switch
    {
        400 => ("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1", "Bad Request"),
        401 => ("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.2", "Unauthorized"),
        403 => ("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.4", "Forbidden"),
        404 => ("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5", "Not Found"),
        405 => ("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6", "Method Not Allowed"),
        429 => ("https://www.rfc-editor.org/rfc/rfc6585.html#section-4", "Too Many Requests"),
        503 => ("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.4", "Service Unavailable"),
        _ => ("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.1", "Internal Server Error"),
    };
}
