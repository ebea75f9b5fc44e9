using System.Globalization;
using Integration.Core.CrossReference;

namespace Integration.Core.Tests.Fakes;

/// <summary>The cross-reference in memory with real ETag semantics, and a switch to make rows change under a writer.</summary>
internal sealed class InMemoryCrossReferenceStore : ICrossReferenceStore
{
    private readonly List<CrossReferenceEntry> _rows = [];
    private int _etag;

    /// <summary>How many of the next upserts find the row changed by someone else (its ETag bumped just before).</summary>
    public int ConflictsToInject { get; set; }

    public int Upserts { get; private set; }

    public int ConflictsSeen { get; private set; }

    public IReadOnlyList<CrossReferenceEntry> Rows => _rows;

    public CrossReferenceEntry? Find(string mapping, SyncSide side, string id) =>
        _rows.SingleOrDefault(r => r.Mapping == mapping && r.IdOn(side) == id);

    public Task<IReadOnlyDictionary<string, CrossReferenceEntry>> GetAsync(
        string mapping, SyncSide side, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, CrossReferenceEntry> found = ids
            .Select(id => Find(mapping, side, id))
            .OfType<CrossReferenceEntry>()
            .ToDictionary(r => r.IdOn(side)!, StringComparer.Ordinal);
        return Task.FromResult(found);
    }

    public Task<CrossReferenceEntry?> TryUpsertAsync(CrossReferenceEntry entry, CancellationToken cancellationToken)
    {
        Upserts++;
        var stored = Stored(entry);
        if (ConflictsToInject > 0 && stored is not null)
        {
            ConflictsToInject--;
            Replace(stored, stored with { ETag = NextETag() });
            stored = Stored(entry);
        }

        if (stored?.ETag != entry.ETag)
        {
            ConflictsSeen++;
            return Task.FromResult<CrossReferenceEntry?>(null);
        }

        var written = entry with { ETag = NextETag() };
        if (stored is null)
        {
            _rows.Add(written);
        }
        else
        {
            Replace(stored, written);
        }

        return Task.FromResult<CrossReferenceEntry?>(written);
    }

    public Task<bool> TryDeleteAsync(CrossReferenceEntry entry, CancellationToken cancellationToken)
    {
        var stored = Stored(entry);
        if (stored is null)
        {
            return Task.FromResult(true);
        }

        if (stored.ETag != entry.ETag)
        {
            return Task.FromResult(false);
        }

        _rows.Remove(stored);
        return Task.FromResult(true);
    }

    /// <summary>Stores a row as if an earlier sync had written it.</summary>
    public CrossReferenceEntry Seed(CrossReferenceEntry entry)
    {
        var written = entry with { ETag = NextETag() };
        _rows.Add(written);
        return written;
    }

    private CrossReferenceEntry? Stored(CrossReferenceEntry entry) =>
        _rows.FirstOrDefault(r => r.Mapping == entry.Mapping
            && ((entry.AId is not null && r.AId == entry.AId) || (entry.BId is not null && r.BId == entry.BId)));

    private void Replace(CrossReferenceEntry stored, CrossReferenceEntry written) => _rows[_rows.IndexOf(stored)] = written;

    private string NextETag() => (++_etag).ToString(CultureInfo.InvariantCulture);
}
