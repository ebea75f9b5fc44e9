namespace Integration.Functions.Admin.Status;

/// <summary>How many records wait for an operator; null where the store is not connected.</summary>
/// <param name="SyncErrors">Records the engine could not sync.</param>
/// <param name="DeadLetters">Writes the vendors rejected for good.</param>
public sealed record ErrorCounts(long? SyncErrors, long? DeadLetters);
