namespace Integration.Core.CrossReference;

/// <summary>
/// The cross-reference table: which record on side A of a mapping is which record on side B, with the versions
/// and fingerprints last synced. Rows are written with optimistic concurrency on <see cref="CrossReferenceEntry.ETag"/>.
/// </summary>
public interface ICrossReferenceStore
{
    /// <summary>
    /// The rows of <paramref name="mapping"/> whose id on <paramref name="side"/> is one of <paramref name="ids"/>,
    /// keyed by that id; ids with no row are absent. Also serves <c>lookup</c> transforms (A id to B id and back).
    /// </summary>
    /// <param name="mapping">The object mapping's name.</param>
    /// <param name="side">The side the ids belong to.</param>
    /// <param name="ids">The record ids, de-duplicated by the caller.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows found, each with its current ETag.</returns>
    Task<IReadOnlyDictionary<string, CrossReferenceEntry>> GetAsync(
        string mapping,
        SyncSide side,
        IReadOnlyCollection<string> ids,
        CancellationToken cancellationToken);

    /// <summary>
    /// The rows as this process last saw them (read or written) when it still remembers them, and as
    /// <see cref="GetAsync"/> reads them otherwise. A remembered row can be older than the stored one when another process
    /// wrote it since; a write guarded by its ETag then fails as a conflict, exactly as for a row changed after it was read,
    /// so it suits a caller that re-reads on conflict (the destination writer, reading the rows the processor just read).
    /// The default reads them.
    /// </summary>
    /// <param name="mapping">The object mapping's name.</param>
    /// <param name="side">The side the ids belong to.</param>
    /// <param name="ids">The record ids, de-duplicated by the caller.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows found, each with the ETag it was seen with.</returns>
    Task<IReadOnlyDictionary<string, CrossReferenceEntry>> GetLastSeenAsync(
        string mapping,
        SyncSide side,
        IReadOnlyCollection<string> ids,
        CancellationToken cancellationToken) =>
        GetAsync(mapping, side, ids, cancellationToken);

    /// <summary>
    /// Stores <paramref name="entry"/> if the stored row still has <see cref="CrossReferenceEntry.ETag"/> (null: if no row
    /// with either of its ids exists yet). The row is found by its A id or, when that is null, its B id.
    /// </summary>
    /// <param name="entry">The row to store; its ETag is the one expected in the store.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored row with its new ETag, or null when the ETag did not match (someone else wrote the row first).</returns>
    Task<CrossReferenceEntry?> TryUpsertAsync(CrossReferenceEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// Stores several rows, each exactly as <see cref="TryUpsertAsync"/> would, independently of one another; a store
    /// may send them in fewer requests. The default stores them one by one.
    /// </summary>
    /// <param name="entries">The rows to store, each with the ETag expected in the store.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>Per entry, in order: the stored row with its new ETag, or null when its ETag did not match.</returns>
    async Task<IReadOnlyList<CrossReferenceEntry?>> TryUpsertManyAsync(IReadOnlyList<CrossReferenceEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var stored = new CrossReferenceEntry?[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            stored[i] = await TryUpsertAsync(entries[i], cancellationToken);
        }

        return stored;
    }

    /// <summary>Removes <paramref name="entry"/> if the stored row still has its ETag.</summary>
    /// <param name="entry">The row to remove, as read.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when removed (or already absent); false when the ETag did not match.</returns>
    Task<bool> TryDeleteAsync(CrossReferenceEntry entry, CancellationToken cancellationToken);
}
