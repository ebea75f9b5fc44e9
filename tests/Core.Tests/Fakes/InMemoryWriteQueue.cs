using Integration.Core.Writing;

namespace Integration.Core.Tests.Fakes;

/// <summary>The writes queues in memory, one list per system.</summary>
internal sealed class InMemoryWriteQueue : IWriteQueue
{
    private readonly Dictionary<string, List<WriteCommand>> _queues = [];

    public int Enqueued { get; private set; }

    /// <summary>Every command ever enqueued, in order.</summary>
    public List<WriteCommand> History { get; } = [];

    public bool IsEmpty => _queues.Values.All(q => q.Count == 0);

    public Task EnqueueAsync(string system, IReadOnlyList<WriteCommand> commands, CancellationToken cancellationToken)
    {
        Assert.All(commands, c => Assert.Equal(system, c.TargetSystem));
        if (!_queues.TryGetValue(system, out var queue))
        {
            _queues[system] = queue = [];
        }

        queue.AddRange(commands);
        History.AddRange(commands);
        Enqueued += commands.Count;
        return Task.CompletedTask;
    }

    public IReadOnlyList<WriteCommand> Peek(string system) => _queues.TryGetValue(system, out var q) ? [.. q] : [];

    public List<(string System, List<WriteCommand> Commands)> DrainAll()
    {
        var drained = _queues.Where(q => q.Value.Count > 0).Select(q => (q.Key, q.Value.ToList())).ToList();
        foreach (var queue in _queues.Values)
        {
            queue.Clear();
        }

        return drained;
    }
}
