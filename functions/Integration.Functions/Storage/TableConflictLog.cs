using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Integration.Core.Conflicts;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Storage;

/// <summary>
/// <see cref="IConflictLog"/> over a table: partition = the mapping; row = newest first by the later of the two versions
/// read (else the decision time), then <see cref="ConflictRecord.Key"/>, so the same conflict decided twice (or a
/// retried batch) lands on the same row and is kept once; the record as JSON plus queryable columns.
/// </summary>
public sealed class TableConflictLog : IConflictLog
{
    private readonly TableClient _table;

    /// <summary>Creates the log over the <see cref="SyncTableOptions.Conflicts"/> table.</summary>
    public TableConflictLog(TableServiceClient tables, IOptions<SyncTableOptions> options)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        _table = tables.GetTableClient(options.Value.Conflicts);
    }

    /// <inheritdoc />
    public async Task RecordAsync(IReadOnlyList<ConflictRecord> conflicts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conflicts);
        foreach (var conflict in conflicts)
        {
            var row = new TableEntity(TableKeys.Escape(conflict.Mapping), TableKeys.NewestFirst(ChangedAt(conflict), conflict.Key))
            {
                ["Field"] = conflict.Field,
                ["AId"] = conflict.AId,
                ["BId"] = conflict.BId,
                ["Winner"] = conflict.Winner.ToString(),
                ["DecidedAt"] = conflict.DecidedAt,
                ["Record"] = JsonSerializer.Serialize(conflict, MessageJson.Options),
            };
            try
            {
                await _table.AddEntityAsync(row, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Already recorded: the same pair decided in another batch, or this batch retried.
            }
        }
    }

    /// <summary>The newest conflicts of a mapping (or of all mappings), at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<ConflictRecord>> ListAsync(string? mapping, int max, CancellationToken cancellationToken)
    {
        var list = new List<ConflictRecord>();
        await foreach (var row in _table.QueryAsync<TableEntity>(Filter(mapping), maxPerPage: Math.Min(max, 1000), cancellationToken: cancellationToken))
        {
            list.Add(Parse(row));
            if (list.Count >= max)
            {
                break;
            }
        }

        return list;
    }

    /// <summary>
    /// One page of conflicts of a mapping (or of all mappings, mapping by mapping), newest first within a mapping:
    /// at most <paramref name="size"/>, from <paramref name="continuationToken"/> (an earlier page's) or the start.
    /// </summary>
    public Task<TablePage<ConflictRecord>> ListPageAsync(string? mapping, int size, string? continuationToken, CancellationToken cancellationToken) =>
        TablePages.ReadAsync(_table, Filter(mapping), size, continuationToken, Parse, cancellationToken);

    private static string? Filter(string? mapping) =>
        mapping is null ? null : TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(mapping)}");

    private static ConflictRecord Parse(TableEntity row) =>
        JsonSerializer.Deserialize<ConflictRecord>(row.GetString("Record"), MessageJson.Options)!;

    private static DateTimeOffset ChangedAt(ConflictRecord conflict) =>
        (conflict.AVersion, conflict.BVersion) switch
        {
            ({ } a, { } b) => a.ModifiedAt >= b.ModifiedAt ? a.ModifiedAt : b.ModifiedAt,
            ({ } a, null) => a.ModifiedAt,
            (null, { } b) => b.ModifiedAt,
            _ => conflict.DecidedAt,
        };
}
