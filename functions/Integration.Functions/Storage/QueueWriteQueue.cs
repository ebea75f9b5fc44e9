using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Azure.Storage.Queues;
using Integration.Core.Processing;
using Integration.Core.Writing;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Storage;

/// <summary>
/// <see cref="IWriteQueue"/> over storage queues. A plan system's commands go to the writes queue of its kind
/// (<see cref="SyncQueueOptions.WritesFor"/>), several commands per JSON message under <see cref="SyncQueueOptions.MaxMessageBytes"/>.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "It is a queue: the writes-<kind> storage queues behind IWriteQueue.")]
public sealed class QueueWriteQueue : IWriteQueue
{
    private readonly QueueServiceClient _queues;
    private readonly IPlanProvider _plans;
    private readonly SyncQueueOptions _options;
    private readonly ConcurrentDictionary<string, QueueClient> _clients = new(StringComparer.Ordinal);

    /// <summary>Creates the queue.</summary>
    public QueueWriteQueue(QueueServiceClient queues, IPlanProvider plans, IOptions<SyncQueueOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _queues = queues;
        _plans = plans;
        _options = options.Value;
    }

    /// <inheritdoc />
    public async Task EnqueueAsync(string system, IReadOnlyList<WriteCommand> commands, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(commands);
        var queue = await QueueForAsync(system, cancellationToken);
        foreach (var message in JsonMessagePacker.Pack(commands, chunk => new WritesMessage(chunk), _options.MaxMessageBytes))
        {
            await queue.SendMessageAsync(message, cancellationToken);
        }
    }

    /// <summary>Enqueues commands to retry as attempt <paramref name="attempt"/>, visible after <paramref name="delay"/>.</summary>
    public async Task EnqueueRetryAsync(IReadOnlyList<WriteCommand> commands, int attempt, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        foreach (var bySystem in commands.GroupBy(c => c.TargetSystem, StringComparer.Ordinal))
        {
            var queue = await QueueForAsync(bySystem.Key, cancellationToken);
            foreach (var message in JsonMessagePacker.Pack([.. bySystem], chunk => new WritesMessage(chunk, attempt), _options.MaxMessageBytes))
            {
                await queue.SendMessageAsync(message, delay, cancellationToken: cancellationToken);
            }
        }
    }

    /// <summary>The writes queue name of a plan system.</summary>
    public async Task<string> QueueNameForAsync(string system, CancellationToken cancellationToken) =>
        (await QueueForAsync(system, cancellationToken)).Name;

    private async Task<QueueClient> QueueForAsync(string system, CancellationToken cancellationToken)
    {
        if (_clients.TryGetValue(system, out var client))
        {
            return client;
        }

        var plan = await _plans.GetActivePlanAsync(cancellationToken);
        var definition = plan.FindSystem(system)
            ?? throw new InvalidOperationException($"Write commands target system '{system}', which plan '{plan.Name}' does not declare.");
        return _clients.GetOrAdd(system, _queues.GetQueueClient(_options.WritesFor(definition.Kind)));
    }
}
