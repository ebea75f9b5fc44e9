using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Integration.Functions.Storage;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Tests.Storage;

/// <summary>The status page's counts read keys only and stop at the limit, whatever the table holds.</summary>
public sealed class TableRowCountTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(0, 10, 0, 1)]
    [InlineData(5, 3, 3, 1)]
    [InlineData(1200, 1000, 1000, 1)]
    [InlineData(1200, 1500, 1200, 2)]
    public async Task Error_count_reads_partition_keys_page_by_page_and_stops_at_the_limit(int rows, int limit, long expected, int requests)
    {
        var (tables, recorder) = Tables();
        var options = new SyncTableOptions { Errors = StorageNames.Table("errors") };
        var table = tables.GetTableClient(options.Errors);
        await table.CreateAsync(Ct);
        await FillAsync(table, ["accounts", "contacts"], rows);
        var log = new TableSyncErrorLog(tables, Options.Create(options));
        recorder.Queries.Clear();

        var count = await log.CountAsync(limit, Ct);

        Assert.Equal(expected, count);
        Assert.Equal(requests, recorder.Queries.Count);
        Assert.All(recorder.Queries, q => Assert.Contains("$select=PartitionKey", Uri.UnescapeDataString(q), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dead_letter_count_covers_only_the_dead_letter_partition()
    {
        var (tables, _) = Tables();
        var options = new SyncTableOptions { DeadLetters = StorageNames.Table("deadletters") };
        var table = tables.GetTableClient(options.DeadLetters);
        await table.CreateAsync(Ct);
        await FillAsync(table, ["deadletter"], 4);
        await FillAsync(table, ["other"], 3);
        var store = new TableDeadLetterStore(tables, Options.Create(options), new Admin.RecordingWriteQueue());

        Assert.Equal(4, await store.CountAsync(100, Ct));
    }

    /// <summary>Rows spread evenly over <paramref name="partitions"/>, stored by transactions of 100.</summary>
    internal static async Task FillAsync(TableClient table, string[] partitions, int rows)
    {
        for (var p = 0; p < partitions.Length; p++)
        {
            var keys = Enumerable.Range(0, rows).Where(i => i % partitions.Length == p).ToList();
            foreach (var chunk in keys.Chunk(100))
            {
                await table.SubmitTransactionAsync(
                    chunk.Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partitions[p], $"{i:D8}") { ["Message"] = new string('x', 200) })),
                    Ct);
            }
        }
    }

    private (TableServiceClient Tables, QueryRecorder Recorder) Tables()
    {
        var recorder = new QueryRecorder();
        var options = new TableClientOptions();
        options.AddPolicy(recorder, HttpPipelinePosition.PerCall);
        return (new TableServiceClient(azurite.ConnectionString, options), recorder);
    }

    /// <summary>Records the URI of every entity query (GET) sent.</summary>
    private sealed class QueryRecorder : HttpPipelineSynchronousPolicy
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Queries { get; } = new();

        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Method == RequestMethod.Get)
            {
                Queries.Enqueue(message.Request.Uri.ToString());
            }
        }
    }
}
