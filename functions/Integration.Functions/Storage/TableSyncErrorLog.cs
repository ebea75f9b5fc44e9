using Azure.Data.Tables;
using Integration.Core.Processing;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Storage;

/// <summary><see cref="ISyncErrorLog"/> over a table: partition = the mapping, row = newest first, one column per field.</summary>
public sealed class TableSyncErrorLog : ISyncErrorLog
{
    private readonly TableClient _table;

    /// <summary>Creates the log over the <see cref="SyncTableOptions.Errors"/> table.</summary>
    public TableSyncErrorLog(TableServiceClient tables, IOptions<SyncTableOptions> options)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        _table = tables.GetTableClient(options.Value.Errors);
    }

    /// <inheritdoc />
    public async Task RecordAsync(IReadOnlyList<SyncError> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var error in errors)
        {
            var row = new TableEntity(TableKeys.Escape(error.Mapping), TableKeys.NewestFirst(error.At))
            {
                ["Mapping"] = error.Mapping,
                ["System"] = error.System,
                ["ObjectName"] = error.ObjectName,
                ["RecordId"] = error.RecordId,
                ["Code"] = error.Code,
                ["Message"] = error.Message,
                ["At"] = error.At,
            };
            await _table.AddEntityAsync(row, cancellationToken);
        }
    }

    /// <summary>The newest errors of a mapping (or of all mappings), at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<SyncError>> ListAsync(string? mapping, int max, CancellationToken cancellationToken)
    {
        var list = new List<SyncError>();
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
    /// How many errors are recorded, all mappings together, counting at most <paramref name="limit"/> rows (keys only);
    /// <paramref name="limit"/> means at least that many.
    /// </summary>
    public Task<long> CountAsync(int limit, CancellationToken cancellationToken) =>
        TableRowCount.UpToAsync(_table, null, limit, cancellationToken);

    /// <summary>
    /// One page of errors of a mapping (or of all mappings, mapping by mapping), newest first within a mapping:
    /// at most <paramref name="size"/>, from <paramref name="continuationToken"/> (an earlier page's) or the start.
    /// </summary>
    public Task<TablePage<SyncError>> ListPageAsync(string? mapping, int size, string? continuationToken, CancellationToken cancellationToken) =>
        TablePages.ReadAsync(_table, Filter(mapping), size, continuationToken, Parse, cancellationToken);

    private static string? Filter(string? mapping) =>
        mapping is null ? null : TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(mapping)}");

    private static SyncError Parse(TableEntity row) => new(
        row.GetString("Mapping"), row.GetString("System"), row.GetString("ObjectName"), row.GetString("RecordId"),
        row.GetString("Code"), row.GetString("Message"), row.GetDateTimeOffset("At") ?? default);
}
