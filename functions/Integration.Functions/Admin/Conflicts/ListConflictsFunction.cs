using Integration.Functions.Admin.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Admin.Conflicts;

/// <summary>GET /api/manage/conflicts?mapping=&amp;top=&amp;continuation=: recent conflicts settled by the source of truth.</summary>
public sealed class ListConflictsFunction(AdminGate gate, IConflictQuery conflicts)
{
    /// <summary>Runs the function.</summary>
    [Function(nameof(ListConflictsFunction))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AdminRoutes.Conflicts)] HttpRequest request,
        CancellationToken cancellationToken) =>
        gate.RunAsync(request, nameof(ListConflictsFunction), async ct =>
        {
            var page = PageRequest.From(request);
            var mapping = request.Query["mapping"].ToString();
            var found = await conflicts.ListAsync(mapping.Length == 0 ? null : mapping, page, ct);
            return new OkObjectResult(new AdminPage<ConflictView>(found.Items.Select(ConflictView.From).ToList(), found.ContinuationToken));
        }, cancellationToken);
}
