namespace Integration.Functions.Admin.Status;

/// <summary>The answer of GET /api/manage/status.</summary>
/// <param name="Streams">Per change stream: position, lag, last event time.</param>
/// <param name="Queues">Pipeline queue depths, poison queues included.</param>
/// <param name="Errors">Error and dead-letter counts.</param>
/// <param name="PausedMappings">Mappings the processor skips.</param>
/// <param name="At">When this status was read.</param>
public sealed record SyncStatus(IReadOnlyList<StreamStatus> Streams, IReadOnlyList<QueueDepth> Queues, ErrorCounts Errors, IReadOnlyList<string> PausedMappings, DateTimeOffset At);
