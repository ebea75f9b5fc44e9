using System.Text.Json;
using Azure.Data.Tables;
using Integration.Core.CrossReference;

namespace Integration.Functions.Storage;

public sealed partial class TableCrossReferenceStore
{
    /// <summary>The most actions an entity-group transaction may hold.</summary>
    private const int MaxTransactionActions = 100;

    /// <summary>
    /// Stores the rows in entity-group transactions of up to 100 actions per mapping (partition), each row's own
    /// actions guarded as in <see cref="TryUpsertAsync"/>. A row whose ETag no longer matches fails the transaction;
    /// it is answered null and the transaction is sent again without it. When the service does not say which action
    /// failed, the rows of that transaction are stored one by one.
    /// </summary>
    /// <inheritdoc />
    public async Task<IReadOnlyList<CrossReferenceEntry?>> TryUpsertManyAsync(IReadOnlyList<CrossReferenceEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var results = new CrossReferenceEntry?[entries.Count];
        var planned = entries.Select(PlannedUpsert.Of).ToList();
        foreach (var group in planned.Where(p => p.Actions.Count > 0).GroupBy(p => p.Entry.Mapping, StringComparer.Ordinal))
        {
            foreach (var chunk in Chunks(group))
            {
                await SubmitAsync(chunk, results, cancellationToken);
            }
        }

        return results;
    }

    /// <summary>Transactions of at most 100 actions, none touching one row twice.</summary>
    private static IEnumerable<List<PlannedUpsert>> Chunks(IEnumerable<PlannedUpsert> upserts)
    {
        var chunk = new List<PlannedUpsert>();
        var rows = new HashSet<string>(StringComparer.Ordinal);
        var actions = 0;
        foreach (var upsert in upserts)
        {
            var keys = upsert.Actions.Select(a => a.Entity.RowKey).ToList();
            if (chunk.Count > 0 && (actions + upsert.Actions.Count > MaxTransactionActions || keys.Any(rows.Contains)))
            {
                yield return chunk;
                (chunk, rows, actions) = ([], new HashSet<string>(StringComparer.Ordinal), 0);
            }

            chunk.Add(upsert);
            rows.UnionWith(keys);
            actions += upsert.Actions.Count;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    private async Task SubmitAsync(List<PlannedUpsert> chunk, CrossReferenceEntry?[] results, CancellationToken cancellationToken)
    {
        var pending = chunk;
        while (pending.Count > 0)
        {
            try
            {
                var responses = (await _table.SubmitTransactionAsync(pending.SelectMany(p => p.Actions), cancellationToken)).Value;
                var offset = 0;
                foreach (var upsert in pending)
                {
                    results[upsert.Index] = upsert.StoredWith(i => responses[offset + i].Headers.ETag?.ToString());
                    offset += upsert.Actions.Count;
                }

                return;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
            {
                if (ex.FailedTransactionActionIndex is not { } failed)
                {
                    foreach (var upsert in pending)
                    {
                        results[upsert.Index] = await TryUpsertAsync(upsert.Entry, cancellationToken);
                    }

                    return;
                }

                var loser = Owner(pending, failed);
                results[loser.Index] = null;
                pending = [.. pending.Where(p => !ReferenceEquals(p, loser))];
            }
        }
    }

    private static PlannedUpsert Owner(List<PlannedUpsert> pending, int actionIndex)
    {
        var offset = 0;
        foreach (var upsert in pending)
        {
            if (actionIndex < offset + upsert.Actions.Count)
            {
                return upsert;
            }

            offset += upsert.Actions.Count;
        }

        throw new InvalidOperationException($"The table service named action {actionIndex} of a transaction of {offset} actions as the failed one.");
    }

    /// <summary>One row's transaction actions, as <see cref="TryUpsertAsync"/> builds them.</summary>
    private sealed record PlannedUpsert(int Index, CrossReferenceEntry Entry, CrossReferenceEntry Stored, List<TableTransactionAction> Actions, int? AIndex, int? BIndex)
    {
        public static PlannedUpsert Of(CrossReferenceEntry entry, int index)
        {
            ArgumentNullException.ThrowIfNull(entry);
            var previous = CrossReferenceETag.Decode(entry.ETag);
            var stored = entry with { ETag = null };
            var json = JsonSerializer.Serialize(stored, MessageJson.Options);
            var actions = new List<TableTransactionAction>();
            var a = AddRowActions(actions, entry.Mapping, SyncSide.A, entry.AId, previous.AId, previous.AETag, json);
            var b = AddRowActions(actions, entry.Mapping, SyncSide.B, entry.BId, previous.BId, previous.BETag, json);
            return new PlannedUpsert(index, entry, stored, actions, a, b);
        }

        /// <summary>The stored row with the ETags the transaction answered for its actions.</summary>
        public CrossReferenceEntry StoredWith(Func<int, string?> etagOfAction) =>
            Stored with
            {
                ETag = new CrossReferenceETag(
                    Entry.AId, AIndex is { } a ? etagOfAction(a) : null,
                    Entry.BId, BIndex is { } b ? etagOfAction(b) : null).Encode(),
            };
    }
}
