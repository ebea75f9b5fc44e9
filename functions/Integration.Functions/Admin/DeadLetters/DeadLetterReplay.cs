using Integration.Core.Writing;
using Integration.Functions.Admin.Problems;
using Integration.Functions.Storage;

namespace Integration.Functions.Admin.DeadLetters;

/// <summary>
/// Replays a dead letter: its command goes back on the writes queue of its target system, then the letter is removed.
/// Enqueue first: a crash in between leaves the letter to replay again, and the writer's version guard makes the
/// second write harmless.
/// </summary>
public sealed class DeadLetterReplay(IDeadLetterAdmin deadLetters, IEnumerable<IWriteQueue> writeQueues)
{
    /// <summary>The replayed letter, or null when <paramref name="id"/> does not exist.</summary>
    public async Task<StoredDeadLetter?> ReplayAsync(string id, CancellationToken cancellationToken)
    {
        var stored = await deadLetters.GetAsync(id, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        // The writes queue is the storage adapters' registration: while it is missing, replay answers 503 instead of
        // failing the app's start (the last registration wins, as with a single resolution).
        var writes = writeQueues.LastOrDefault()
            ?? throw new AdminStoreUnavailableException($"No {nameof(IWriteQueue)} is registered in this app: dead letters cannot be replayed until the storage adapters are connected.");
        var command = stored.Letter.Command;
        await writes.EnqueueAsync(command.TargetSystem, [command], cancellationToken);
        await deadLetters.DeleteAsync(id, cancellationToken);
        return stored;
    }
}
