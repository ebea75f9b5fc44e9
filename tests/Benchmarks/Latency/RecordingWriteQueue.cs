using System.Diagnostics.CodeAnalysis;
using Integration.Core.Writing;

namespace Integration.Benchmarks.Latency;

/// <summary>The app's <see cref="IWriteQueue"/>, noting each command's source commit time before it is enqueued.</summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "It decorates IWriteQueue.")]
internal sealed class RecordingWriteQueue(IWriteQueue inner, LatencyRecorder recorder) : IWriteQueue
{
    public Task EnqueueAsync(string system, IReadOnlyList<WriteCommand> commands, CancellationToken cancellationToken)
    {
        foreach (var command in commands.Where(c => c.Operation == WriteOperation.Upsert))
        {
            recorder.Enqueued(command.SourceId, command.CommittedAt, command.SourceVersion);
            recorder.Trace(command.SourceId, $"enqueued {command.Lane}", command.ExternalIdField, command.Fields, command.SourceVersion);
        }

        return inner.EnqueueAsync(system, commands, cancellationToken);
    }
}
