namespace Integration.Functions.Storage;

/// <summary>Reads and replays dead-lettered write commands (the admin API's view of <see cref="TableDeadLetterStore"/>).</summary>
public interface IDeadLetterArchive
{
    /// <summary>The newest dead letters, optionally only those for one target system, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<StoredDeadLetter>> ListAsync(string? targetSystem, int max, CancellationToken cancellationToken);

    /// <summary>
    /// One page of dead letters, newest first, optionally only those for one target system: at most
    /// <paramref name="size"/>, from <paramref name="continuationToken"/> (an earlier page's) or the start.
    /// </summary>
    Task<TablePage<StoredDeadLetter>> ListPageAsync(string? targetSystem, int size, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>
    /// How many dead letters are kept, counting at most <paramref name="limit"/> rows (keys only, so the cost does not
    /// grow with the table); <paramref name="limit"/> means at least that many.
    /// </summary>
    Task<long> CountAsync(int limit, CancellationToken cancellationToken);

    /// <summary>One dead letter, or null when there is none with this id.</summary>
    Task<StoredDeadLetter?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Removes a dead letter; false when there was none.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Enqueues the letter's command again on its writes queue, then removes the letter (in that order, so a failure
    /// in between leaves a letter that may be replayed twice, which the idempotent upsert tolerates). False when there was none.
    /// </summary>
    Task<bool> ReplayAsync(string id, CancellationToken cancellationToken);
}
