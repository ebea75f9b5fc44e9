using System.Diagnostics.CodeAnalysis;

namespace Integration.Core.Writing;

/// <summary>The writes queues, one per destination system (<c>writes-&lt;system&gt;</c>).</summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "It is a queue: the writes-<system> storage queue of the design.")]
public interface IWriteQueue
{
    /// <summary>Enqueues <paramref name="commands"/> on the writes queue of <paramref name="system"/>.</summary>
    /// <param name="system">The plan's name of the target system.</param>
    /// <param name="commands">Commands whose <see cref="WriteCommand.TargetSystem"/> is <paramref name="system"/>.</param>
    /// <param name="cancellationToken">Cancels the enqueue.</param>
    /// <returns>A task completing once the commands are durable.</returns>
    Task EnqueueAsync(string system, IReadOnlyList<WriteCommand> commands, CancellationToken cancellationToken);
}
