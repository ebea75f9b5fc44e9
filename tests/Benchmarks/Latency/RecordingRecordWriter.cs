using Integration.Core.Records;

namespace Integration.Benchmarks.Latency;

/// <summary>A destination's <see cref="IRecordWriter"/>, noting the moment the vendor acknowledged each upserted record.</summary>
internal sealed class RecordingRecordWriter(IRecordWriter inner, LatencyRecorder recorder) : IRecordWriter
{
    public int MaxBatchSize => inner.MaxBatchSize;

    public async Task<IReadOnlyList<RecordWriteResult>> UpsertAsync(
        string objectName, string externalIdField, IReadOnlyList<RecordUpsert> records, WriteLane lane, CancellationToken cancellationToken)
    {
        var results = await inner.UpsertAsync(objectName, externalIdField, records, lane, cancellationToken);
        recorder.Acknowledged(results.Where(r => r.Succeeded).Select(r => r.Key));
        return results;
    }

    public Task<IReadOnlyList<RecordWriteResult>> DeleteAsync(string objectName, IReadOnlyList<string> ids, WriteLane lane, CancellationToken cancellationToken) =>
        inner.DeleteAsync(objectName, ids, lane, cancellationToken);
}
