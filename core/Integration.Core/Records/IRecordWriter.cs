namespace Integration.Core.Records;

/// <summary>Writes records to one system through its batch endpoints, idempotently.</summary>
public interface IRecordWriter
{
    /// <summary>The most records one call of the vendor's batch endpoint takes (Salesforce 200, HubSpot 100).</summary>
    int MaxBatchSize { get; }

    /// <summary>
    /// Creates or updates <paramref name="records"/> by <paramref name="externalIdField"/>, so that a
    /// retried write never duplicates a record. Returns one result per record, in order; per-record
    /// vendor errors are results, not exceptions.
    /// </summary>
    Task<IReadOnlyList<RecordWriteResult>> UpsertAsync(
        string objectName,
        string externalIdField,
        IReadOnlyList<RecordUpsert> records,
        WriteLane lane,
        CancellationToken cancellationToken);

    /// <summary>Deletes (or archives, as the vendor does) the records with <paramref name="ids"/>; one result per id, in order. Deleting a missing record succeeds.</summary>
    Task<IReadOnlyList<RecordWriteResult>> DeleteAsync(
        string objectName,
        IReadOnlyList<string> ids,
        WriteLane lane,
        CancellationToken cancellationToken);
}
