using Integration.Functions.Admin.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Admin.Errors;

/// <summary>GET /api/manage/errors?mapping=&amp;top=&amp;continuation=: records the engine could not sync.</summary>
public sealed class ListSyncErrorsFunction(AdminGate gate, ISyncErrorQuery errors)
{
    /// <summary>Runs the function.</summary>
    [Function(nameof(ListSyncErrorsFunction))]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AdminRoutes.Errors)] HttpRequest request,
        CancellationToken cancellationToken) =>
        gate.RunAsync(request, nameof(ListSyncErrorsFunction), async ct =>
        {
            var page = PageRequest.From(request);
            var mapping = request.Query["mapping"].ToString();
            return new OkObjectResult(await errors.ListAsync(mapping.Length == 0 ? null : mapping, page, ct));
        }, cancellationToken);
}
