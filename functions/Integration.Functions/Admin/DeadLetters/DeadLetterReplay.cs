using Integration.Core.Writing;

namespace Integration.Functions.Admin.DeadLetters;

/// <summary>
/// Replays a dead letter: its command goes back on the writes queue of its target system, then the letter is removed.
/// Enqueue first: a crash in between leaves the letter to replay again, and the writer's version guard makes the
/// second write harmless.
/// </summary>
public sealed class DeadLetterReplay(IDeadLetterAdmin deadLetters, IWriteQueue writes)
{
    /// <summary>The replayed letter, or null when <paramref name="id"/> does not exist.</summary>
    public async Task<StoredDeadLetter?> ReplayAsync(string id, CancellationToken cancellationToken)
    {
        var stored = await deadLetters.GetAsync(id, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var command = stored.Letter.Command;
        await writes.EnqueueAsync(command.TargetSystem, [command], cancellationToken);
        await deadLetters.DeleteAsync(id, cancellationToken);
        return stored;
    }
}
