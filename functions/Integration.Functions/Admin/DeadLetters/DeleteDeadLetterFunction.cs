using Integration.Functions.Admin.Access;
using Integration.Functions.Admin.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Admin.DeadLetters;

/// <summary>DELETE /api/manage/dead-letters/{id}: discards a dead letter without writing it (204, or 404).</summary>
public sealed class DeleteDeadLetterFunction(AdminGate gate, IDeadLetterAdmin deadLetters)
{
    /// <summary>Runs the function.</summary>
    [Function(nameof(DeleteDeadLetterFunction))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = AdminRoutes.DeadLetter)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        gate.RunAsync(request, nameof(DeleteDeadLetterFunction), async ct =>
            await deadLetters.DeleteAsync(id, ct)
                ? new NoContentResult()
                : AdminProblem.NotFound($"No dead letter has id '{id}'."), cancellationToken);
}
