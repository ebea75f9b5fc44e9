using System.Text.Json;
using Azure.Data.Tables;
using Integration.Core.Conflicts;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Storage;

/// <summary><see cref="IConflictLog"/> over a table: partition = the mapping, row = newest first; the record as JSON plus queryable columns.</summary>
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
            var row = new TableEntity(TableKeys.Escape(conflict.Mapping), TableKeys.NewestFirst(conflict.DecidedAt))
            {
                ["Field"] = conflict.Field,
                ["AId"] = conflict.AId,
                ["BId"] = conflict.BId,
                ["Winner"] = conflict.Winner.ToString(),
                ["DecidedAt"] = conflict.DecidedAt,
                ["Record"] = JsonSerializer.Serialize(conflict, MessageJson.Options),
            };
            await _table.AddEntityAsync(row, cancellationToken);
        }
    }

    /// <summary>The newest conflicts of a mapping (or of all mappings), at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<ConflictRecord>> ListAsync(string? mapping, int max, CancellationToken cancellationToken)
    {
        var filter = mapping is null ? null : TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(mapping)}");
        var list = new List<ConflictRecord>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(max, 1000), cancellationToken: cancellationToken))
        {
            list.Add(JsonSerializer.Deserialize<ConflictRecord>(row.GetString("Record"), MessageJson.Options)!);
            if (list.Count >= max)
            {
                break;
            }
        }

        return list;
    }
}
