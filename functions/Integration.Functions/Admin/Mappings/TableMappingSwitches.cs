using Azure;
using Azure.Data.Tables;
using Integration.Functions.Storage;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Admin.Mappings;

/// <summary>
/// Switches in the table <see cref="SyncTableOptions.MappingSwitches"/>: PartitionKey <c>mapping</c>; RowKey =
/// <see cref="Uri.EscapeDataString(string)"/> of the mapping name; <c>Mapping</c> (string), <c>Paused</c> (bool),
/// <c>ChangedAt</c> (DateTimeOffset). A missing row means running.
/// </summary>
public sealed class TableMappingSwitches(TableServiceClient tables, IOptions<SyncTableOptions> options, TimeProvider time) : IMappingSwitches
{
    /// <summary>The partition every switch row is in.</summary>
    public const string Partition = "mapping";

    private TableClient Table => tables.GetTableClient(options.Value.MappingSwitches);

    /// <inheritdoc />
    public Task PauseAsync(string mapping, CancellationToken cancellationToken) => SetAsync(mapping, paused: true, cancellationToken);

    /// <inheritdoc />
    public Task ResumeAsync(string mapping, CancellationToken cancellationToken) => SetAsync(mapping, paused: false, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> IsPausedAsync(string mapping, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mapping);
        try
        {
            var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, Uri.EscapeDataString(mapping), cancellationToken: cancellationToken);
            return row.HasValue && row.Value!.GetBoolean("Paused") == true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListPausedAsync(CancellationToken cancellationToken)
    {
        var paused = new List<string>();
        try
        {
            await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
            {
                if (row.GetBoolean("Paused") == true)
                {
                    paused.Add(row.GetString("Mapping") ?? Uri.UnescapeDataString(row.RowKey));
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }

        paused.Sort(StringComparer.Ordinal);
        return paused;
    }

    private async Task SetAsync(string mapping, bool paused, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mapping);
        await Table.CreateIfNotExistsAsync(cancellationToken);
        var row = new TableEntity(Partition, Uri.EscapeDataString(mapping))
        {
            ["Mapping"] = mapping,
            ["Paused"] = paused,
            ["ChangedAt"] = time.GetUtcNow(),
        };
        await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }
}
