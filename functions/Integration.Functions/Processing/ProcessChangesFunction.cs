using System.Text.Json;
using Azure.Storage.Queues.Models;
using Integration.Functions.Storage;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Processing;

/// <summary>
/// The change processor: one message of the changes queue (notifications, resyncs or parked records) per
/// invocation, processed together with the other messages in flight on this instance (<see cref="ChangeFlushes"/>).
/// A message seen before (dequeue count above 1) is processed by itself, so one bad message cannot keep failing
/// the others. Resyncs are the processor's own (by id, or a modified-since read). Parked records go back on the
/// changes queue, visible after <c>Sync:ParkRetryDelay</c>; the message completes only once that is durable.
/// </summary>
public sealed class ProcessChangesFunction(ChangeFlushes flushes)
{
    /// <summary>Processes one changes message.</summary>
    /// <exception cref="JsonException">The message is not a changes message (retried, then moved to the poison queue).</exception>
    [Function(nameof(ProcessChangesFunction))]
    public async Task RunAsync(
        [QueueTrigger("%Sync:Queues:Changes%", Connection = "AzureWebJobsStorage")] QueueMessage message,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var parsed = message.Body.ToObjectFromJson<ChangesMessage>(MessageJson.Options)
            ?? throw new JsonException("A message on the changes queue is JSON null; a changes message was expected.");
        await flushes.ProcessAsync(parsed.ToBatch(), message.DequeueCount > 1, cancellationToken);
    }
}
