using System.Text.Json;
using Integration.Core;
using Integration.Core.Processing;
using Integration.Functions.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Processing;

/// <summary>
/// The change processor: one message of the changes queue (notifications, resyncs or parked records) per
/// invocation. Resyncs are the processor's own (by id, or a modified-since read). Parked records go back on the
/// changes queue, visible after <c>Sync:ParkRetryDelay</c>; the message completes only once that is durable.
/// </summary>
public sealed partial class ProcessChangesFunction(
    ChangeProcessor processor,
    ChangesQueue changes,
    IOptionsMonitor<SyncEngineOptions> options,
    ILogger<ProcessChangesFunction> logger)
{
    /// <summary>Processes one changes message.</summary>
    /// <exception cref="JsonException">The message is not a changes message (retried, then moved to the poison queue).</exception>
    [Function(nameof(ProcessChangesFunction))]
    public async Task RunAsync(
        [QueueTrigger("%Sync:Queues:Changes%", Connection = "AzureWebJobsStorage")] string message,
        CancellationToken cancellationToken)
    {
        var parsed = JsonSerializer.Deserialize<ChangesMessage>(message, MessageJson.Options)
            ?? throw new JsonException("A message on the changes queue is JSON null; a changes message was expected.");
        var result = await processor.ProcessAsync(parsed.ToBatch(), cancellationToken);
        if (result.Parked.Count > 0)
        {
            await changes.EnqueueParkedAsync(result.Parked, options.CurrentValue.ParkRetryDelay, cancellationToken);
        }

        LogProcessed(logger, result.EventsIn, result.RecordsRead, result.WritesOut, result.EchoesDropped, result.Conflicts, result.Errors, result.Parked.Count);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Changes processed: {EventsIn} in, {RecordsRead} read, {WritesOut} writes, {Echoes} echoes dropped, {Conflicts} conflicts, {Errors} errors, {Parked} parked")]
    private static partial void LogProcessed(ILogger logger, int eventsIn, int recordsRead, int writesOut, int echoes, int conflicts, int errors, int parked);
}
