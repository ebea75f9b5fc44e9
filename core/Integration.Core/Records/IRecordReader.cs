namespace Integration.Core.Records;

/// <summary>Reads records from one system (batched, within the vendor's limits).</summary>
public interface IRecordReader
{
    /// <summary>
    /// The current state of the records with <paramref name="ids"/> (batched by the connector: SOQL
    /// <c>IN</c>, HubSpot batch read, SuiteQL). Ids that no longer exist are left out of the result.
    /// </summary>
    Task<IReadOnlyList<SourceRecord>> ReadByIdsAsync(
        string objectName,
        IReadOnlyCollection<string> ids,
        IReadOnlyCollection<string> fields,
        CancellationToken cancellationToken);

    /// <summary>Every record of <paramref name="objectName"/> matching <paramref name="options"/>, each exactly once, paged by the connector.</summary>
    IAsyncEnumerable<SourceRecord> StreamAsync(
        string objectName,
        IReadOnlyCollection<string> fields,
        RecordStreamOptions options,
        CancellationToken cancellationToken);
}
