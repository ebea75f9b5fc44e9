using Integration.Functions.Admin.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Admin.OpenApi;

/// <summary>GET /api/manage/openapi.json: the OpenAPI 3 document of the management API.</summary>
public sealed class ManagementOpenApiFunction(AdminGate gate)
{
    /// <summary>Runs the function.</summary>
    [Function(nameof(ManagementOpenApiFunction))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AdminRoutes.OpenApi)] HttpRequest request,
        CancellationToken cancellationToken) =>
        gate.RunAsync(request, nameof(ManagementOpenApiFunction), _ => Task.FromResult<IActionResult>(
            new ContentResult { Content = AdminOpenApiDocument.Build().ToJsonString(), ContentType = "application/json", StatusCode = StatusCodes.Status200OK }), cancellationToken);
}
