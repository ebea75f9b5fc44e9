using Integration.Functions.Admin.Access;
using Integration.Functions.Admin.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Admin.DeadLetters;

/// <summary>GET /api/manage/dead-letters/{id}: one dead letter, or 404.</summary>
public sealed class GetDeadLetterFunction(AdminGate gate, IDeadLetterAdmin deadLetters)
{
    /// <summary>Runs the function.</summary>
    [Function(nameof(GetDeadLetterFunction))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AdminRoutes.DeadLetter)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        gate.RunAsync(request, nameof(GetDeadLetterFunction), async ct =>
            await deadLetters.GetAsync(id, ct) is { } found
                ? new OkObjectResult(DeadLetterView.From(found))
                : AdminProblem.NotFound($"No dead letter has id '{id}'."), cancellationToken);
}
