using System.Text.Json;
using System.Text.Json.Nodes;
using Integration.Connectors.Salesforce.Api;
using Integration.Connectors.Salesforce.Http;
using Integration.Connectors.Salesforce.Soql;
using Integration.Core.Records;

namespace Integration.Connectors.Salesforce.Records;

/// <summary>
/// Writes through sObject Collections with <c>allOrNone=false</c>: upserts by external id
/// (<c>PATCH composite/sobjects/{Object}/{ExtIdField}</c>), updates by record id under <see cref="RecordIdKey.Field"/>
/// (<c>PATCH composite/sobjects</c>) and deletes, 200 records per call, one result per record. Both lanes share the
/// connection's client for now.
/// </summary>
internal sealed partial class SalesforceRecordWriter(ISalesforceCollectionsApi api, SalesforceRecordRetry retry) : IRecordWriter
{
    /// <summary>sObject Collections take at most 200 records.</summary>
    public const int CollectionLimit = 200;

    private static readonly HashSet<string> AlreadyDeletedCodes = ["ENTITY_IS_DELETED", "NOT_FOUND"];

    public int MaxBatchSize => CollectionLimit;

    public async Task<IReadOnlyList<RecordWriteResult>> UpsertAsync(
        string objectName,
        string externalIdField,
        IReadOnlyList<RecordUpsert> records,
        WriteLane lane,
        CancellationToken cancellationToken)
    {
        SoqlName.Require(objectName, "object");
        if (externalIdField == RecordIdKey.Field)
        {
            return await UpdateByIdAsync(objectName, records, cancellationToken);
        }

        SoqlName.Require(externalIdField, "field");
        var results = new RecordWriteResult[records.Count];
        foreach (var chunk in Enumerable.Range(0, records.Count).Chunk(CollectionLimit))
        {
            await retry.RunAsync(
                objectName,
                chunk,
                (positions, ct) => api.UpsertAsync(objectName, externalIdField, Body(objectName, externalIdField, records, positions), ct),
                (position, result) => results[position] = ToResult(records[position].ExternalId, result, treatAsSuccess: null),
                cancellationToken);
        }

        return results;
    }

    public async Task<IReadOnlyList<RecordWriteResult>> DeleteAsync(
        string objectName,
        IReadOnlyList<string> ids,
        WriteLane lane,
        CancellationToken cancellationToken)
    {
        var results = new RecordWriteResult[ids.Count];
        foreach (var chunk in Enumerable.Range(0, ids.Count).Chunk(CollectionLimit))
        {
            await retry.RunAsync(
                objectName,
                chunk,
                (positions, ct) => api.DeleteAsync(string.Join(',', positions.Select(p => ids[p])), "false", ct),
                (position, result) => results[position] = ToResult(ids[position], result, AlreadyDeletedCodes) with { Id = ids[position] },
                cancellationToken);
        }

        return results;
    }

    /// <summary>A collection body whose rows carry <paramref name="keyField"/> = the record's <see cref="RecordUpsert.ExternalId"/>.</summary>
    private static SalesforceCollectionRequest Body(string objectName, string keyField, IReadOnlyList<RecordUpsert> records, IReadOnlyList<int> positions)
    {
        var rows = new List<JsonObject>(positions.Count);
        foreach (var position in positions)
        {
            var record = records[position];
            var row = new JsonObject { ["attributes"] = new JsonObject { ["type"] = objectName } };
            foreach (var (name, value) in record.Fields)
            {
                row[name] = ToNode(value);
            }

            row[keyField] = record.ExternalId;
            rows.Add(row);
        }

        return new SalesforceCollectionRequest(AllOrNone: false, rows);
    }

    private static JsonNode? ToNode(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : JsonNode.Parse(value.GetRawText());

    private static RecordWriteResult ToResult(string key, SalesforceSaveResult result, HashSet<string>? treatAsSuccess)
    {
        if (result.Success)
        {
            return new RecordWriteResult(key, result.Id, result.Created ?? false, null);
        }

        var errors = result.Errors ?? [];
        if (treatAsSuccess is not null && errors.Count > 0 && errors.All(e => treatAsSuccess.Contains(e.StatusCode)))
        {
            return new RecordWriteResult(key, result.Id, false, null);
        }

        var first = errors.Count > 0 ? errors[0] : new SalesforceRecordError("UNKNOWN_ERROR", "Salesforce reported failure without an error.", []);
        var failure = new WriteFailure(
            first.StatusCode,
            string.Join(" | ", errors.Select(e => e.Message)),
            SalesforceRetryability.IsRetryableRecordError(first.StatusCode),
            errors.SelectMany(e => e.Fields ?? []).Distinct().ToArray());
        return new RecordWriteResult(key, null, false, failure);
    }
}
