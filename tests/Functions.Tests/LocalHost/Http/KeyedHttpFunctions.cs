using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Tests.LocalHost.Http;

/// <summary>HTTP functions at each authorization level, and one binding a route value.</summary>
public static class KeyedHttpFunctions
{
    [Function("SecureFunction")]
    public static IActionResult Secure([HttpTrigger(AuthorizationLevel.Function, "get", Route = "secure")] HttpRequest request) =>
        new OkObjectResult(new { level = "function" });

    [Function("OtherSecureFunction")]
    public static IActionResult OtherSecure([HttpTrigger(AuthorizationLevel.Function, "get", Route = "other")] HttpRequest request) =>
        new OkObjectResult(new { level = "function" });

    [Function("AdminFunction")]
    public static IResult Admin([HttpTrigger(AuthorizationLevel.Admin, "post", Route = "admin/things")] HttpRequest request) =>
        Results.Ok(new { level = "admin" });

    [Function("OpenFunction")]
    public static Task<IActionResult> OpenAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get")] HttpRequest request) =>
        Task.FromResult<IActionResult>(new ContentResult { Content = "open", StatusCode = 200 });

    [Function("ItemFunction")]
    public static ValueTask<ItemAnswer> ItemAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "items/{id:int}/{name}")] HttpRequest request, int id, string name) =>
        ValueTask.FromResult(new ItemAnswer(id, name));

    [Function("FailingHttpFunction")]
    public static IActionResult Fail([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "fail")] HttpRequest request) =>
        throw new InvalidOperationException("Failure inside the function.");
}
