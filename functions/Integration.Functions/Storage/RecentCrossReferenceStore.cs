using Integration.Core.CrossReference;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Storage;

/// <summary>
/// The cross-reference store of the function app: reads and writes go to the table store, and every row read or written is
/// also remembered for <see cref="SyncTableOptions.RememberCrossReferenceFor"/>, so that the destination writer's read of
/// the rows the processor has just read (<see cref="ICrossReferenceStore.GetLastSeenAsync"/>) costs no request. A row
/// another instance wrote since is caught by its ETag when the writer links it, and re-read then; a write whose ETag did not
/// match makes this process forget the row.
/// </summary>
public sealed class RecentCrossReferenceStore : ICrossReferenceStore
{
    private readonly TableCrossReferenceStore _store;
    private readonly CrossReferenceMemory _memory;

    /// <summary>Wraps <paramref name="store"/>.</summary>
    /// <param name="store">The store of record (the table).</param>
    /// <param name="options">How long rows are remembered.</param>
    /// <param name="time">The clock.</param>
    public RecentCrossReferenceStore(TableCrossReferenceStore store, IOptions<SyncTableOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _memory = new CrossReferenceMemory(options.Value.RememberCrossReferenceFor, time);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, CrossReferenceEntry>> GetAsync(
        string mapping, SyncSide side, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var began = _memory.ReadBegins();
        var found = await _store.GetAsync(mapping, side, ids, cancellationToken);
        foreach (var id in ids)
        {
            _memory.Read(mapping, side, id, found.GetValueOrDefault(id), began);
        }

        return found;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, CrossReferenceEntry>> GetLastSeenAsync(
        string mapping, SyncSide side, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var rows = new Dictionary<string, CrossReferenceEntry>(StringComparer.Ordinal);
        var unseen = new List<string>();
        foreach (var id in ids)
        {
            if (!_memory.TryRecall(mapping, side, id, out var entry))
            {
                unseen.Add(id);
            }
            else if (entry is not null)
            {
                rows[id] = entry;
            }
        }

        if (unseen.Count > 0)
        {
            foreach (var (id, entry) in await GetAsync(mapping, side, unseen, cancellationToken))
            {
                rows[id] = entry;
            }
        }

        return rows;
    }

    /// <inheritdoc />
    public async Task<CrossReferenceEntry?> TryUpsertAsync(CrossReferenceEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var stored = await _store.TryUpsertAsync(entry, cancellationToken);
        Settle(entry, stored);
        return stored;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CrossReferenceEntry?>> TryUpsertManyAsync(IReadOnlyList<CrossReferenceEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var stored = await _store.TryUpsertManyAsync(entries, cancellationToken);
        for (var i = 0; i < entries.Count; i++)
        {
            Settle(entries[i], stored[i]);
        }

        return stored;
    }

    /// <inheritdoc />
    public async Task<bool> TryDeleteAsync(CrossReferenceEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var deleted = await _store.TryDeleteAsync(entry, cancellationToken);
        foreach (var (side, id) in Ids(entry))
        {
            if (deleted)
            {
                _memory.Removed(entry.Mapping, side, id);
            }
            else
            {
                _memory.Forget(entry.Mapping, side, id);
            }
        }

        return deleted;
    }

    /// <summary>After an upsert: the stored row is remembered (an id it moved away from as absent), or on conflict forgotten.</summary>
    private void Settle(CrossReferenceEntry attempted, CrossReferenceEntry? stored)
    {
        if (stored is null)
        {
            foreach (var (side, id) in Ids(attempted))
            {
                _memory.Forget(attempted.Mapping, side, id);
            }

            return;
        }

        foreach (var (side, id) in Ids(attempted))
        {
            if (!string.Equals(stored.IdOn(side), id, StringComparison.Ordinal))
            {
                _memory.Removed(attempted.Mapping, side, id);
            }
        }

        _memory.Wrote(stored);
    }

    /// <summary>The ids an entry has and had (those its ETag was read with).</summary>
    private static IEnumerable<(SyncSide Side, string Id)> Ids(CrossReferenceEntry entry)
    {
        var previous = CrossReferenceETag.Decode(entry.ETag);
        return new[] { (SyncSide.A, entry.AId), (SyncSide.A, previous.AId), (SyncSide.B, entry.BId), (SyncSide.B, previous.BId) }
            .Where(x => x.Item2 is not null)
            .Select(x => (x.Item1, x.Item2!))
            .Distinct();
    }
}
