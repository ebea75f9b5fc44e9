using Integration.Functions.Admin.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Admin.Mappings;

/// <summary>POST /api/manage/mappings/{name}/pause: the change processor holds the mapping's records (back on the changes queue) until it is resumed. Idempotent.</summary>
public sealed class PauseMappingFunction(AdminGate gate, IMappingSwitches switches)
{
    /// <summary>Runs the function.</summary>
    [Function(nameof(PauseMappingFunction))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AdminRoutes.MappingPause)] HttpRequest request,
        string name,
        CancellationToken cancellationToken) =>
        gate.RunAsync(request, nameof(PauseMappingFunction), async ct =>
        {
            var mapping = MappingName.Checked(name);
            await switches.PauseAsync(mapping, ct);
            return new OkObjectResult(new MappingSwitchState(mapping, Paused: true));
        }, cancellationToken);
}
