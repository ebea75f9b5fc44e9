using Integration.Connectors.Salesforce.Api;
using Integration.Core.Records;

namespace Integration.Connectors.Salesforce.Records;

/// <summary>Updates by record id (<see cref="RecordIdKey.Field"/>): never creates.</summary>
internal sealed partial class SalesforceRecordWriter
{
    private const string IdField = "Id";

    /// <summary>
    /// <c>PATCH composite/sobjects</c> with each row's <c>Id</c> set to the given id; an id that names no record
    /// comes back as that record's failure with the vendor's code (not retried), never as a create.
    /// </summary>
    private async Task<IReadOnlyList<RecordWriteResult>> UpdateByIdAsync(
        string objectName,
        IReadOnlyList<RecordUpsert> records,
        CancellationToken cancellationToken)
    {
        var results = new RecordWriteResult[records.Count];
        foreach (var chunk in Enumerable.Range(0, records.Count).Chunk(CollectionLimit))
        {
            await retry.RunAsync(
                objectName,
                chunk,
                (positions, ct) => api.UpdateAsync(Body(objectName, IdField, records, positions), ct),
                (position, result) => results[position] = UpdateResult(records[position].ExternalId, result),
                cancellationToken);
        }

        return results;
    }

    private static RecordWriteResult UpdateResult(string id, SalesforceSaveResult result)
    {
        var mapped = ToResult(id, result, treatAsSuccess: null);
        return mapped.Succeeded ? mapped with { Id = id, Created = false } : mapped;
    }
}
