using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Health;

/// <summary>Liveness: the worker is up and answering. Anonymous, touches nothing.</summary>
public sealed class HealthzFunction
{
    /// <summary>GET /api/healthz.</summary>
    [Function(nameof(HealthzFunction))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "healthz")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new OkObjectResult(new { status = "healthy" });
    }
}
