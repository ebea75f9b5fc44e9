using Integration.Connectors.NetSuite.Api;
using Integration.Connectors.NetSuite.Query;
using Integration.Core.Records;

namespace Integration.Connectors.NetSuite.Records;

/// <summary>Updates by internal id (<see cref="RecordIdKey.Field"/>): never creates.</summary>
internal sealed partial class NetSuiteRecordWriter
{
    /// <summary>
    /// <c>PATCH /record/v1/{type}/{id}</c> per record (204); an id that names no record answers 404
    /// (<c>NONEXISTENT_ID</c>), which is that record's failure, not retried.
    /// </summary>
    private async Task<IReadOnlyList<RecordWriteResult>> UpdateByIdAsync(
        string objectName, IReadOnlyList<RecordUpsert> updates, WriteLane lane, CancellationToken cancellationToken)
    {
        var type = NetSuiteRecordType.For(objectName);
        var results = new RecordWriteResult[updates.Count];
        await ForEachAsync(updates.Count, lane, async (index, token) =>
        {
            var update = updates[index];
            results[index] = await WriteAsync(update.ExternalId, async () =>
            {
                using var response = await NetSuiteCall.RunAsync(() => records.UpdateAsync(type.RestType, update.ExternalId, update.Fields, token));
                return new RecordWriteResult(update.ExternalId, update.ExternalId, Created: false, Failure: null);
            });
        }, cancellationToken);

        return results;
    }
}
