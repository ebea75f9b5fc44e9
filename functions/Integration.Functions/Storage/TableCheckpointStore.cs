using Azure.Data.Tables;
using Integration.Core.Changes;
using Integration.Core.Checkpoints;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Storage;

/// <summary><see cref="ICheckpointStore"/> over a table: partition <c>checkpoint</c>, row = the escaped stream name, property <c>Value</c>.</summary>
public sealed class TableCheckpointStore : ICheckpointStore
{
    private const string Partition = "checkpoint";
    private readonly TableClient _table;

    /// <summary>Creates the store over the <see cref="SyncTableOptions.Checkpoints"/> table.</summary>
    public TableCheckpointStore(TableServiceClient tables, IOptions<SyncTableOptions> options)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        _table = tables.GetTableClient(options.Value.Checkpoints);
    }

    /// <inheritdoc />
    public async Task<StreamPosition?> GetAsync(string stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Escape(stream), cancellationToken: cancellationToken);
        return row.HasValue && row.Value!.GetString("Value") is { } value ? new StreamPosition(stream, value) : null;
    }

    /// <inheritdoc />
    public async Task CommitAsync(StreamPosition position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(position);
        var row = new TableEntity(Partition, TableKeys.Escape(position.Stream)) { ["Stream"] = position.Stream, ["Value"] = position.Value };
        await _table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }
}
