using Integration.Core.Connectors;
using Integration.Core.Reconciliation;
using Integration.Core.Records;
using Integration.Core.Schema;

namespace Integration.Functions.Tests.Writing;

/// <summary>
/// A HubSpot connector whose writer answers the records it is told to (all by default) with a retryable failure (a 429
/// per record) and the others with success, counting calls and recording each call's batch size.
/// </summary>
internal sealed class RetryingHubSpotConnector(IReadOnlySet<string>? retried = null, int maxBatchSize = 100) : IConnectorFactory, IConnector, IRecordWriter
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<int> _batchSizes = new();
    private int _calls;

    public string Kind => "hubspot";

    public string Connection => "HubSpotNew";

    public int Calls => Volatile.Read(ref _calls);

    public IReadOnlyList<int> BatchSizes => [.. _batchSizes];

    public IRecordReader Reader => throw new NotSupportedException("The writer tests read nothing.");

    public IRecordWriter Writer => this;

    public IRecordAggregates Aggregates => throw new NotSupportedException("The writer tests aggregate nothing.");

    public IObjectSchemaProvider Schema => throw new NotSupportedException("The writer tests describe nothing.");

    public int MaxBatchSize => maxBatchSize;

    public IConnector Create(string connection) => this;

    public Task<IReadOnlyList<RecordWriteResult>> UpsertAsync(
        string objectName, string externalIdField, IReadOnlyList<RecordUpsert> records, WriteLane lane, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        _batchSizes.Enqueue(records.Count);
        return Task.FromResult<IReadOnlyList<RecordWriteResult>>(
            [.. records.Select(r => retried is null || retried.Contains(r.ExternalId)
                ? new RecordWriteResult(r.ExternalId, null, false, new WriteFailure("RATE_LIMIT", "429 for this record", true, []))
                : new RecordWriteResult(r.ExternalId, $"9{r.ExternalId}", true, null))]);
    }

    public Task<IReadOnlyList<RecordWriteResult>> DeleteAsync(string objectName, IReadOnlyList<string> ids, WriteLane lane, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The writer tests delete nothing.");
}
