using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Integration.Core.CrossReference;

namespace Integration.Functions.Storage;

/// <summary>Row keys, reads and transaction actions of the cross-reference table.</summary>
public sealed partial class TableCrossReferenceStore
{
    internal static string RowKey(SyncSide side, string id) => $"{side}|{TableKeys.Escape(id)}";

    private async Task<(string Id, CrossReferenceEntry? Entry)> ReadAsync(string mapping, SyncSide side, string id, CancellationToken cancellationToken)
    {
        var row = await GetRowAsync(mapping, side, id, cancellationToken);
        if (row is null)
        {
            return (id, null);
        }

        // One point read: the other row is written unconditionally in the same transaction as this one, whose ETag
        // guards the pair (every transaction writes both rows, so any commit changes the ETag of both).
        var entry = Parse(row);
        var other = side == SyncSide.A ? SyncSide.B : SyncSide.A;
        var rowETag = row.ETag.ToString();
        var otherETag = entry.IdOn(other) is null ? null : CrossReferenceETag.Unguarded;
        var etag = side == SyncSide.A
            ? new CrossReferenceETag(entry.AId, rowETag, entry.BId, otherETag)
            : new CrossReferenceETag(entry.AId, otherETag, entry.BId, rowETag);
        return (id, entry with { ETag = etag.Encode() });
    }

    private async Task<TableEntity?> GetRowAsync(string mapping, SyncSide side, string id, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(mapping), RowKey(side, id), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private static CrossReferenceEntry Parse(TableEntity row) =>
        JsonSerializer.Deserialize<CrossReferenceEntry>(row.GetString(EntryProperty), MessageJson.Options)
        ?? throw new InvalidOperationException($"Cross-reference row {row.PartitionKey}/{row.RowKey} holds JSON null.");

    /// <summary>Adds the actions for one side's row; returns the index of the action whose ETag the new entry keeps.</summary>
    private static int? AddRowActions(
        List<TableTransactionAction> actions, string mapping, SyncSide side, string? id, string? previousId, string? previousETag, string json)
    {
        if (previousId is not null && previousETag is not null && !string.Equals(previousId, id, StringComparison.Ordinal))
        {
            actions.Add(Delete(mapping, side, previousId, previousETag));
        }

        if (id is null)
        {
            return null;
        }

        var entity = new TableEntity(TableKeys.Escape(mapping), RowKey(side, id)) { [EntryProperty] = json };
        var existing = string.Equals(previousId, id, StringComparison.Ordinal) && previousETag is not null;
        actions.Add(existing
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, ETagOf(previousETag!))
            : new TableTransactionAction(TableTransactionActionType.Add, entity));
        return actions.Count - 1;
    }

    private static TableTransactionAction Delete(string mapping, SyncSide side, string id, string etag) =>
        new(TableTransactionActionType.Delete, new TableEntity(TableKeys.Escape(mapping), RowKey(side, id)), ETagOf(etag));

    private static ETag ETagOf(string etag) => etag == CrossReferenceETag.Unguarded ? ETag.All : new ETag(etag);
}
