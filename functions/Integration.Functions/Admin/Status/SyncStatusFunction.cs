using Integration.Functions.Admin.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Admin.Status;

/// <summary>GET /api/manage/status: streams, queue depths (poison included), error counts, paused mappings.</summary>
public sealed class SyncStatusFunction(AdminGate gate, SyncStatusReader status)
{
    /// <summary>Runs the function.</summary>
    [Function(nameof(SyncStatusFunction))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AdminRoutes.Status)] HttpRequest request,
        CancellationToken cancellationToken) =>
        gate.RunAsync(request, nameof(SyncStatusFunction), async ct => new OkObjectResult(await status.ReadAsync(ct)), cancellationToken);
}
