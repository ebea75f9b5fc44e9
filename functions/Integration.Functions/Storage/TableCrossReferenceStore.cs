using Azure.Data.Tables;
using Integration.Core.CrossReference;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Storage;

/// <summary>
/// <see cref="ICrossReferenceStore"/> over a table. Partition = the mapping name; every pair is stored twice, as row
/// <c>A|&lt;A id&gt;</c> and row <c>B|&lt;B id&gt;</c> (whichever ids it has), each holding the whole entry as JSON, so a
/// lookup from either side is one point read. Both rows change in one entity-group transaction guarded by their
/// ETags (a new row by "must not exist"); a mismatch anywhere fails the whole transaction and the port's
/// <c>null</c>/<c>false</c> is returned. The entry's ETag is a <see cref="CrossReferenceETag"/> carrying both rows' ETags.
/// </summary>
public sealed partial class TableCrossReferenceStore : ICrossReferenceStore
{
    private const string EntryProperty = "Entry";
    private const int ReadParallelism = 32;
    private readonly TableClient _table;

    /// <summary>Creates the store over the <see cref="SyncTableOptions.CrossReference"/> table.</summary>
    public TableCrossReferenceStore(TableServiceClient tables, IOptions<SyncTableOptions> options)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        _table = tables.GetTableClient(options.Value.CrossReference);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, CrossReferenceEntry>> GetAsync(
        string mapping, SyncSide side, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        // Point reads, a bounded number at a time: a thousand at once would open as many connections to the table endpoint.
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        var found = new (string Id, CrossReferenceEntry? Entry)[distinct.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, distinct.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ReadParallelism, CancellationToken = cancellationToken },
            async (i, token) => found[i] = await ReadAsync(mapping, side, distinct[i], token));
        return found.Where(f => f.Entry is not null).ToDictionary(f => f.Id, f => f.Entry!, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task<CrossReferenceEntry?> TryUpsertAsync(CrossReferenceEntry entry, CancellationToken cancellationToken)
    {
        var upsert = PlannedUpsert.Of(entry, 0);
        if (upsert.Actions.Count == 0)
        {
            return null;
        }

        try
        {
            var responses = (await _table.SubmitTransactionAsync(upsert.Actions, cancellationToken)).Value;
            return upsert.StoredWith(i => responses[i].Headers.ETag?.ToString());
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<bool> TryDeleteAsync(CrossReferenceEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var previous = CrossReferenceETag.Decode(entry.ETag);
        var actions = new List<TableTransactionAction>();
        if (previous.AId is not null && previous.AETag is not null)
        {
            actions.Add(Delete(entry.Mapping, SyncSide.A, previous.AId, previous.AETag));
        }

        if (previous.BId is not null && previous.BETag is not null)
        {
            actions.Add(Delete(entry.Mapping, SyncSide.B, previous.BId, previous.BETag));
        }

        if (actions.Count == 0)
        {
            return false;
        }

        try
        {
            await _table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            return false;
        }
    }
}
