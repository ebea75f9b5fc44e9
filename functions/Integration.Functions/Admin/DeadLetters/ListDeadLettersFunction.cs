using Integration.Functions.Admin.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Admin.DeadLetters;

/// <summary>GET /api/manage/dead-letters?top=&amp;continuation=: writes the vendors rejected for good.</summary>
public sealed class ListDeadLettersFunction(AdminGate gate, IDeadLetterAdmin deadLetters)
{
    /// <summary>Runs the function.</summary>
    [Function(nameof(ListDeadLettersFunction))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AdminRoutes.DeadLetters)] HttpRequest request,
        CancellationToken cancellationToken) =>
        gate.RunAsync(request, nameof(ListDeadLettersFunction), async ct =>
        {
            var found = await deadLetters.ListAsync(PageRequest.From(request), ct);
            return new OkObjectResult(new AdminPage<DeadLetterView>(found.Items.Select(DeadLetterView.From).ToList(), found.ContinuationToken));
        }, cancellationToken);
}
