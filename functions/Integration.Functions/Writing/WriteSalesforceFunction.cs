using Azure.Storage.Queues.Models;
using Integration.Core.Plans;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Writing;

/// <summary>The destination writer for Salesforce systems: one message of the <c>Sync:Queues:WritesSalesforce</c> writes queue per invocation, written together with the others in flight (<see cref="DestinationWrites"/>).</summary>
public sealed class WriteSalesforceFunction(DestinationWrites writes)
{
    /// <summary>Writes the message's commands through the Salesforce connector.</summary>
    [Function(nameof(WriteSalesforceFunction))]
    public Task RunAsync(
        [QueueTrigger("%Sync:Queues:WritesSalesforce%", Connection = "AzureWebJobsStorage")] QueueMessage message,
        CancellationToken cancellationToken) =>
        writes.WriteAsync(SystemKind.Salesforce, message, cancellationToken);
}
