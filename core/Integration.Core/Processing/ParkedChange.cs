namespace Integration.Core.Processing;

/// <summary>
/// A record held back because a <c>lookup</c> it carries points to a parent with no counterpart yet. The caller
/// re-enqueues it after <see cref="SyncEngineOptions.ParkRetryDelay"/> and hands it back in
/// <see cref="ProcessingBatch.Parked"/>; after <see cref="SyncEngineOptions.ParkMaxWait"/> it becomes a <see cref="SyncError"/>.
/// </summary>
/// <param name="System">The plan's name of the record's system.</param>
/// <param name="ObjectName">The record's object.</param>
/// <param name="RecordId">The record's id.</param>
/// <param name="Mapping">The mapping that parked it.</param>
/// <param name="Reason">The unresolved reference (object and id).</param>
/// <param name="Attempts">How many times it was parked (1 the first time).</param>
/// <param name="FirstParkedAt">When it was first parked.</param>
/// <param name="CommittedAt">When the source committed the original change, kept for latency.</param>
public sealed record ParkedChange(
    string System,
    string ObjectName,
    string RecordId,
    string Mapping,
    string Reason,
    int Attempts,
    DateTimeOffset FirstParkedAt,
    DateTimeOffset CommittedAt);
