using Integration.Connectors.HubSpot.Batch;
using Integration.Connectors.HubSpot.Errors;
using Integration.Core.Records;

namespace Integration.Connectors.HubSpot.Records;

/// <summary>
/// Writes HubSpot records through batch upsert by a unique property (<c>idProperty</c>) or, under
/// <see cref="RecordIdKey.Field"/>, batch update by record id, at most <see cref="MaxBatchSize"/> per request, and archives through batch archive. Per-record failures
/// (a 207's <c>errors</c>, or a batch refused as a whole for a non-retryable reason) are results.
/// </summary>
internal sealed partial class HubSpotRecordWriter(IHubSpotBatchApi batch, int batchSize) : IRecordWriter
{
    public int MaxBatchSize { get; } = batchSize;

    public async Task<IReadOnlyList<RecordWriteResult>> UpsertAsync(
        string objectName,
        string externalIdField,
        IReadOnlyList<RecordUpsert> records,
        WriteLane lane,
        CancellationToken cancellationToken)
    {
        if (externalIdField == RecordIdKey.Field)
        {
            return await UpdateByIdAsync(objectName, records, lane, cancellationToken);
        }

        var results = new List<RecordWriteResult>(records.Count);
        foreach (var chunk in records.Chunk(MaxBatchSize))
        {
            // The trace id comes back in a failed input's error context, naming the record. The unique property is
            // written too, so that the result of an update (not only of a create) carries it and can be matched.
            var inputs = chunk
                .Select(record => new BatchUpsertInput(externalIdField, record.ExternalId, WithKey(HubSpotPropertyValues.ToWire(record.Fields), externalIdField, record.ExternalId), record.ExternalId))
                .ToList();
            BatchResponse response;
            try
            {
                response = await batch.UpsertAsync(objectName, new BatchInputs<BatchUpsertInput>(inputs), lane, cancellationToken);
            }
            catch (HubSpotApiException exception) when (!exception.IsRetryable)
            {
                results.AddRange(BatchRefused(chunk, exception));
                continue;
            }

            results.AddRange(HubSpotBatchOutcome.Match(chunk.Select(record => record.ExternalId).ToList(), externalIdField, response));
        }

        return results;
    }

    public async Task<IReadOnlyList<RecordWriteResult>> DeleteAsync(
        string objectName,
        IReadOnlyList<string> ids,
        WriteLane lane,
        CancellationToken cancellationToken)
    {
        var results = new List<RecordWriteResult>(ids.Count);
        foreach (var chunk in ids.Chunk(MaxBatchSize))
        {
            // Batch archive answers 204 for every id, existing or not: a missing record is a success.
            await batch.ArchiveAsync(objectName, new BatchInputs<BatchId>(chunk.Select(id => new BatchId(id)).ToList()), lane, cancellationToken);
            results.AddRange(chunk.Select(id => new RecordWriteResult(id, id, false, null)));
        }

        return results;
    }

    private static Dictionary<string, string> WithKey(IReadOnlyDictionary<string, string> properties, string externalIdField, string externalId) =>
        new(properties, StringComparer.Ordinal) { [externalIdField] = externalId };

    /// <summary>A batch refused as a whole for a non-retryable reason: every record in it fails with HubSpot's category.</summary>
    private static IEnumerable<RecordWriteResult> BatchRefused(IEnumerable<RecordUpsert> chunk, HubSpotApiException exception)
    {
        var failure = new WriteFailure(exception.Category ?? ((int)exception.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), exception.VendorMessage ?? exception.Message, false, []);
        return chunk.Select(record => new RecordWriteResult(record.ExternalId, null, false, failure));
    }
}
