using Integration.Functions.Admin.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Admin.Mappings;

/// <summary>POST /api/manage/mappings/{name}/resume: the change processor handles the mapping's records again. Idempotent.</summary>
public sealed class ResumeMappingFunction(AdminGate gate, IMappingSwitches switches)
{
    /// <summary>Runs the function.</summary>
    [Function(nameof(ResumeMappingFunction))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AdminRoutes.MappingResume)] HttpRequest request,
        string name,
        CancellationToken cancellationToken) =>
        gate.RunAsync(request, nameof(ResumeMappingFunction), async ct =>
        {
            var mapping = MappingName.Checked(name);
            await switches.ResumeAsync(mapping, ct);
            return new OkObjectResult(new MappingSwitchState(mapping, Paused: false));
        }, cancellationToken);
}
