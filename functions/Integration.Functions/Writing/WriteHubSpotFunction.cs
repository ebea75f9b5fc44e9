using Azure.Storage.Queues.Models;
using Integration.Core.Plans;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Writing;

/// <summary>The destination writer for HubSpot systems: one message of the <c>Sync:Queues:WritesHubSpot</c> writes queue per invocation, written together with the others in flight (<see cref="DestinationWrites"/>).</summary>
public sealed class WriteHubSpotFunction(DestinationWrites writes)
{
    /// <summary>Writes the message's commands through the HubSpot connector.</summary>
    [Function(nameof(WriteHubSpotFunction))]
    public Task RunAsync(
        [QueueTrigger("%Sync:Queues:WritesHubSpot%", Connection = "AzureWebJobsStorage")] QueueMessage message,
        CancellationToken cancellationToken) =>
        writes.WriteAsync(SystemKind.HubSpot, message, cancellationToken);
}
