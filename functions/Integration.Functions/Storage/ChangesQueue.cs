using System.Diagnostics.CodeAnalysis;
using Azure.Storage.Queues;
using Integration.Core.Changes;
using Integration.Core.Processing;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Storage;

/// <summary>Sends to the changes queue (<see cref="SyncQueueOptions.Changes"/>): several items per JSON message, under <see cref="SyncQueueOptions.MaxMessageBytes"/>.</summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "It is a queue: the changes storage queue of the design.")]
public sealed class ChangesQueue
{
    private readonly QueueClient _queue;
    private readonly int _maxBytes;

    /// <summary>Creates the sender.</summary>
    public ChangesQueue(QueueServiceClient queues, IOptions<SyncQueueOptions> options)
    {
        ArgumentNullException.ThrowIfNull(queues);
        ArgumentNullException.ThrowIfNull(options);
        _queue = queues.GetQueueClient(options.Value.Changes);
        _maxBytes = options.Value.MaxMessageBytes;
    }

    /// <summary>Enqueues notifications and resync requests; returns once every message is stored (durable).</summary>
    /// <returns>The number of messages sent.</returns>
    public async Task<int> EnqueueAsync(IReadOnlyList<ChangeEvent> events, IReadOnlyList<ResyncRequest> resyncs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(resyncs);
        var messages = JsonMessagePacker.Pack(events, chunk => new ChangesMessage(Events: chunk), _maxBytes);
        messages.AddRange(JsonMessagePacker.Pack(resyncs, chunk => new ChangesMessage(Resyncs: chunk), _maxBytes));
        await SendAsync(messages, null, cancellationToken);
        return messages.Count;
    }

    /// <summary>Hands parked records back to the processor after <paramref name="delay"/> (the message's visibility timeout).</summary>
    public async Task<int> EnqueueParkedAsync(IReadOnlyList<ParkedChange> parked, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parked);
        var messages = JsonMessagePacker.Pack(parked, chunk => new ChangesMessage(Parked: chunk), _maxBytes);
        await SendAsync(messages, delay, cancellationToken);
        return messages.Count;
    }

    private async Task SendAsync(IEnumerable<string> messages, TimeSpan? delay, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            await _queue.SendMessageAsync(message, delay, cancellationToken: cancellationToken);
        }
    }
}
