namespace Integration.Functions.Admin.Status;

/// <summary>
/// How many records wait for an operator; null where the store is not connected. Counting stops at
/// <see cref="SyncStatusReader.CountLimit"/> rows, so that the status costs the same however large the tables grow:
/// a count flagged capped is a lower bound ("1000 or more"); list the records to see them all.
/// </summary>
/// <param name="SyncErrors">Records the engine could not sync.</param>
/// <param name="DeadLetters">Writes the vendors rejected for good.</param>
/// <param name="SyncErrorsCapped">Whether <paramref name="SyncErrors"/> reached the limit (there may be more).</param>
/// <param name="DeadLettersCapped">Whether <paramref name="DeadLetters"/> reached the limit (there may be more).</param>
public sealed record ErrorCounts(long? SyncErrors, long? DeadLetters, bool SyncErrorsCapped, bool DeadLettersCapped);
