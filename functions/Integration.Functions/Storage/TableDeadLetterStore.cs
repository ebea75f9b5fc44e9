using System.Text.Json;
using Azure.Data.Tables;
using Integration.Core.Writing;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Storage;

/// <summary>
/// <see cref="IDeadLetterStore"/> over a table: one partition <c>deadletter</c> (dead letters are rare), row = newest
/// first, the letter as JSON plus <c>TargetSystem</c>, <c>Code</c> and <c>FailedAt</c> columns; <see cref="IDeadLetterArchive"/> lists and replays them.
/// </summary>
public sealed class TableDeadLetterStore : IDeadLetterStore, IDeadLetterArchive
{
    private const string Partition = "deadletter";
    private readonly TableClient _table;
    private readonly IWriteQueue _writes;

    /// <summary>Creates the store over the <see cref="SyncTableOptions.DeadLetters"/> table; replays go to <paramref name="writes"/>.</summary>
    public TableDeadLetterStore(TableServiceClient tables, IOptions<SyncTableOptions> options, IWriteQueue writes)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        _table = tables.GetTableClient(options.Value.DeadLetters);
        _writes = writes;
    }

    /// <inheritdoc />
    public async Task AddAsync(IReadOnlyList<DeadLetter> letters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letters);
        foreach (var letter in letters)
        {
            var row = new TableEntity(Partition, TableKeys.NewestFirst(letter.FailedAt))
            {
                ["TargetSystem"] = letter.Command.TargetSystem,
                ["Code"] = letter.Code,
                ["FailedAt"] = letter.FailedAt,
                ["Letter"] = JsonSerializer.Serialize(letter, MessageJson.Options),
            };
            await _table.AddEntityAsync(row, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredDeadLetter>> ListAsync(string? targetSystem, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var list = new List<StoredDeadLetter>();
        await foreach (var row in _table.QueryAsync<TableEntity>(Filter(targetSystem), maxPerPage: Math.Min(max, 1000), cancellationToken: cancellationToken))
        {
            list.Add(Parse(row));
            if (list.Count >= max)
            {
                break;
            }
        }

        return list;
    }

    /// <inheritdoc />
    public Task<TablePage<StoredDeadLetter>> ListPageAsync(string? targetSystem, int size, string? continuationToken, CancellationToken cancellationToken) =>
        TablePages.ReadAsync(_table, Filter(targetSystem), size, continuationToken, Parse, cancellationToken);

    /// <inheritdoc />
    public Task<long> CountAsync(int limit, CancellationToken cancellationToken) =>
        TableRowCount.UpToAsync(_table, Filter(null), limit, cancellationToken);

    /// <inheritdoc />
    public async Task<StoredDeadLetter?> GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Escape(id), cancellationToken: cancellationToken);
        return row.HasValue ? Parse(row.Value!) : null;
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var response = await _table.DeleteEntityAsync(Partition, TableKeys.Escape(id), cancellationToken: cancellationToken);
        return response.Status != 404;
    }

    /// <inheritdoc />
    public async Task<bool> ReplayAsync(string id, CancellationToken cancellationToken)
    {
        if (await GetAsync(id, cancellationToken) is not { } stored)
        {
            return false;
        }

        await _writes.EnqueueAsync(stored.Letter.Command.TargetSystem, [stored.Letter.Command], cancellationToken);
        return await DeleteAsync(id, cancellationToken);
    }

    private static string Filter(string? targetSystem) => targetSystem is null
        ? TableClient.CreateQueryFilter($"PartitionKey eq {Partition}")
        : TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and TargetSystem eq {targetSystem}");

    private static StoredDeadLetter Parse(TableEntity row) =>
        new(row.RowKey, JsonSerializer.Deserialize<DeadLetter>(row.GetString("Letter"), MessageJson.Options)
            ?? throw new InvalidOperationException($"Dead letter {row.RowKey} holds JSON null."));
}
