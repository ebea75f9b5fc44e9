using Integration.Core.Records;

namespace Integration.Benchmarks.Latency;

/// <summary>
/// A destination's <see cref="IRecordWriter"/>, noting the moment the vendor acknowledged each upserted record, by its
/// source record's id: the key of an upsert by <see cref="BenchPlan.ExternalIdProperty"/>, or the value it stamps in that
/// property when it writes by the company's own id.
/// </summary>
internal sealed class RecordingRecordWriter(IRecordWriter inner, LatencyRecorder recorder) : IRecordWriter
{
    public int MaxBatchSize => inner.MaxBatchSize;

    public async Task<IReadOnlyList<RecordWriteResult>> UpsertAsync(
        string objectName, string externalIdField, IReadOnlyList<RecordUpsert> records, WriteLane lane, CancellationToken cancellationToken)
    {
        var results = await inner.UpsertAsync(objectName, externalIdField, records, lane, cancellationToken);
        var sourceIds = records.Select(r => SourceId(externalIdField, r)).ToList();
        recorder.Acknowledged(sourceIds.Where((_, i) => results[i].Succeeded));
        for (var i = 0; i < records.Count; i++)
        {
            recorder.Trace(sourceIds[i], results[i].Succeeded ? "written" : "failed", externalIdField, records[i].Fields);
        }

        return results;
    }

    private static string SourceId(string externalIdField, RecordUpsert record) =>
        externalIdField == BenchPlan.ExternalIdProperty
            ? record.ExternalId
            : record.Fields.TryGetValue(BenchPlan.ExternalIdProperty, out var stamped) && stamped.GetString() is { } id
                ? id
                : throw new InvalidOperationException($"An upsert by {externalIdField} '{record.ExternalId}' does not stamp {BenchPlan.ExternalIdProperty}; the benchmark cannot tell its account.");

    public Task<IReadOnlyList<RecordWriteResult>> DeleteAsync(string objectName, IReadOnlyList<string> ids, WriteLane lane, CancellationToken cancellationToken) =>
        inner.DeleteAsync(objectName, ids, lane, cancellationToken);
}
