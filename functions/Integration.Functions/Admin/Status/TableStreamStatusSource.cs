using Azure;
using Azure.Data.Tables;
using Integration.Functions.Storage;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Admin.Status;

/// <summary>
/// Reads the checkpoints table (<see cref="SyncTableOptions.Checkpoints"/>). Schema: PartitionKey <c>checkpoint</c>;
/// RowKey = <see cref="Uri.EscapeDataString(string)"/> of the stream name; <c>Stream</c> (string, the name itself,
/// optional), <c>Value</c> (string, the position), <c>UpdatedAt</c> (DateTimeOffset, commit time; the row's Timestamp
/// when absent), <c>LastEventAt</c> (DateTimeOffset, optional: source commit time of the last event before the position).
/// </summary>
public sealed class TableStreamStatusSource(TableServiceClient tables, IOptions<SyncTableOptions> options, TimeProvider time) : IStreamStatusSource
{
    /// <summary>The partition every checkpoint row is in.</summary>
    public const string Partition = "checkpoint";

    /// <inheritdoc />
    public async Task<IReadOnlyList<StreamStatus>> ListAsync(CancellationToken cancellationToken)
    {
        var table = tables.GetTableClient(options.Value.Checkpoints);
        var now = time.GetUtcNow();
        var streams = new List<StreamStatus>();
        try
        {
            await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
            {
                var committed = row.GetDateTimeOffset("UpdatedAt") ?? row.Timestamp ?? now;
                var lastEvent = row.GetDateTimeOffset("LastEventAt");
                streams.Add(new StreamStatus(
                    row.GetString("Stream") ?? Uri.UnescapeDataString(row.RowKey),
                    row.GetString("Value") ?? "",
                    committed,
                    lastEvent,
                    lastEvent is { } at ? committed - at : null,
                    now - committed));
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No stream has committed yet: the table is created by the first checkpoint.
            return [];
        }

        return streams.OrderBy(s => s.Stream, StringComparer.Ordinal).ToList();
    }
}
