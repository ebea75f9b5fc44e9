namespace Integration.Core.Records;

/// <summary>Which records a full read (backfill, sweep, reconciliation) streams.</summary>
/// <param name="ModifiedSince">Only records modified at or after this instant; null for every record.</param>
/// <param name="IncludeDeleted">Whether deleted or archived records are included (Salesforce <c>queryAll</c>, HubSpot <c>archived=true</c>). Default false.</param>
/// <param name="Filter">The object mapping's filter, in the source system's query language; null for none.</param>
public sealed record RecordStreamOptions(
    DateTimeOffset? ModifiedSince = null,
    bool IncludeDeleted = false,
    string? Filter = null);
