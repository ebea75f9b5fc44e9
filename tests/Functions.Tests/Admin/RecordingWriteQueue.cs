using System.Collections.Concurrent;
using Integration.Core.Writing;

namespace Integration.Functions.Tests.Admin;

/// <summary>An <see cref="IWriteQueue"/> that keeps what was enqueued, per system.</summary>
internal sealed class RecordingWriteQueue : IWriteQueue
{
    public ConcurrentQueue<(string System, WriteCommand Command)> Enqueued { get; } = new();

    public Task EnqueueAsync(string system, IReadOnlyList<WriteCommand> commands, CancellationToken cancellationToken)
    {
        foreach (var command in commands)
        {
            Enqueued.Enqueue((system, command));
        }

        return Task.CompletedTask;
    }
}
