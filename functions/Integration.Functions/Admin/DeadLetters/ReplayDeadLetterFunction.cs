using Integration.Functions.Admin.Access;
using Integration.Functions.Admin.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Admin.DeadLetters;

/// <summary>POST /api/manage/dead-letters/{id}/replay: puts the write back on its writes queue (202, or 404).</summary>
public sealed class ReplayDeadLetterFunction(AdminGate gate, DeadLetterReplay replay)
{
    /// <summary>Runs the function.</summary>
    [Function(nameof(ReplayDeadLetterFunction))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AdminRoutes.DeadLetterReplay)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        gate.RunAsync(request, nameof(ReplayDeadLetterFunction), async ct =>
            await replay.ReplayAsync(id, ct) is { } replayed
                ? new AcceptedResult((string?)null, new { id, targetSystem = replayed.Letter.Command.TargetSystem })
                : AdminProblem.NotFound($"No dead letter has id '{id}'."), cancellationToken);
}
