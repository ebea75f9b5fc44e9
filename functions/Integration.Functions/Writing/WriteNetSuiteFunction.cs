using Azure.Storage.Queues.Models;
using Integration.Core.Plans;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Writing;

/// <summary>The destination writer for NetSuite systems: one message of the <c>Sync:Queues:WritesNetSuite</c> writes queue per invocation, written together with the others in flight (<see cref="DestinationWrites"/>).</summary>
public sealed class WriteNetSuiteFunction(DestinationWrites writes)
{
    /// <summary>Writes the message's commands through the NetSuite connector.</summary>
    [Function(nameof(WriteNetSuiteFunction))]
    public Task RunAsync(
        [QueueTrigger("%Sync:Queues:WritesNetSuite%", Connection = "AzureWebJobsStorage")] QueueMessage message,
        CancellationToken cancellationToken) =>
        writes.WriteAsync(SystemKind.NetSuite, message, cancellationToken);
}
