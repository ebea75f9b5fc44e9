namespace Integration.Core.Records;

/// <summary>
/// The key that makes an upsert an update of a known record by its own id. The engine uses it for a record that
/// exists on the target but does not carry the source id in its external-id field (it was created on that side, or
/// linked by a backfill), and stamps the external-id field in the same write so later writes use it. A connector
/// receiving <see cref="Field"/> as <c>externalIdField</c> updates the records whose ids are the
/// <see cref="RecordUpsert.ExternalId"/>s (Salesforce: upsert on <c>Id</c>; HubSpot: batch update by id; NetSuite:
/// update by internal id) and never creates one; an unknown id is a per-record, non-retryable failure.
/// </summary>
public static class RecordIdKey
{
    /// <summary>The marker passed as <c>externalIdField</c>: <c>@id</c>.</summary>
    public const string Field = "@id";
}
