namespace Integration.Core.Conflicts;

/// <summary>Where settled conflicts are kept for the admin API.</summary>
public interface IConflictLog
{
    /// <summary>
    /// Records <paramref name="conflicts"/>, once per <see cref="ConflictRecord.Key"/>: the same conflict decided again
    /// (its pair notified twice before the winning write landed) is not recorded a second time.
    /// </summary>
    /// <param name="conflicts">The conflicts settled in one batch.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task completing once they are durable.</returns>
    Task RecordAsync(IReadOnlyList<ConflictRecord> conflicts, CancellationToken cancellationToken);
}
