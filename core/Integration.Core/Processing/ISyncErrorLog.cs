namespace Integration.Core.Processing;

/// <summary>Where records the engine could not sync are surfaced (the admin API's error list).</summary>
public interface ISyncErrorLog
{
    /// <summary>Records <paramref name="errors"/>.</summary>
    /// <param name="errors">The errors of one batch.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task completing once they are durable.</returns>
    Task RecordAsync(IReadOnlyList<SyncError> errors, CancellationToken cancellationToken);
}
