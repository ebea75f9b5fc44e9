using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Integration.Functions.Health;

/// <summary>Readiness: the storage account's queues, tables and blobs all answer.</summary>
public sealed partial class ReadyzFunction(
    QueueServiceClient queues,
    TableServiceClient tables,
    BlobServiceClient blobs,
    ILogger<ReadyzFunction> logger)
{
    /// <summary>GET /api/readyz: 200 when every storage service answers, 503 naming the ones that do not.</summary>
    [Function(nameof(ReadyzFunction))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "readyz")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var checks = new Dictionary<string, string>
        {
            ["queues"] = await ProbeAsync("queues", ct => queues.GetPropertiesAsync(ct), cancellationToken),
            ["tables"] = await ProbeAsync("tables", ct => tables.GetPropertiesAsync(ct), cancellationToken),
            ["blobs"] = await ProbeAsync("blobs", ct => blobs.GetPropertiesAsync(ct), cancellationToken),
        };
        var ready = checks.Values.All(v => v == "ok");
        var body = new { status = ready ? "ready" : "unavailable", checks };
        return ready ? new OkObjectResult(body) : new ObjectResult(body) { StatusCode = StatusCodes.Status503ServiceUnavailable };
    }

    private async Task<string> ProbeAsync<T>(string service, Func<CancellationToken, Task<Response<T>>> probe, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await probe(timeout.Token);
            return "ok";
        }
        catch (Exception ex) when (ex is RequestFailedException or OperationCanceledException or InvalidOperationException or AggregateException)
        {
            LogProbeFailed(logger, service, ex.GetType().Name, ex.Message);
            return "unreachable";
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Readiness probe of storage {Service} failed: {ErrorType}: {Error}")]
    private static partial void LogProbeFailed(ILogger logger, string service, string errorType, string error);
}
