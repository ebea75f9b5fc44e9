using Integration.Connectors.HubSpot.Batch;
using Integration.Connectors.HubSpot.Errors;
using Integration.Core.Records;

namespace Integration.Connectors.HubSpot.Records;

/// <summary>Updates by record id (<see cref="RecordIdKey.Field"/>): never creates.</summary>
internal sealed partial class HubSpotRecordWriter
{
    /// <summary>
    /// <c>POST .../batch/update</c> with <c>{"id","properties"}</c> inputs; an id that names no record comes back in
    /// a 207's errors (<c>OBJECT_NOT_FOUND</c>, its id in <c>context.ids</c>) and is that record's failure.
    /// </summary>
    private async Task<IReadOnlyList<RecordWriteResult>> UpdateByIdAsync(
        string objectName,
        IReadOnlyList<RecordUpsert> records,
        WriteLane lane,
        CancellationToken cancellationToken)
    {
        var results = new List<RecordWriteResult>(records.Count);
        foreach (var chunk in records.Chunk(MaxBatchSize))
        {
            var inputs = chunk.Select(record => new BatchUpdateInput(record.ExternalId, HubSpotPropertyValues.ToWire(record.Fields))).ToList();
            BatchResponse response;
            try
            {
                response = await batch.UpdateAsync(objectName, new BatchInputs<BatchUpdateInput>(inputs), lane, cancellationToken);
            }
            catch (HubSpotApiException exception) when (!exception.IsRetryable)
            {
                results.AddRange(BatchRefused(chunk, exception));
                continue;
            }

            results.AddRange(HubSpotBatchOutcome.MatchById(chunk.Select(record => record.ExternalId).ToList(), response));
        }

        return results;
    }
}
