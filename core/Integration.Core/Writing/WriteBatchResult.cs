using Integration.Core.Changes;

namespace Integration.Core.Writing;

/// <summary>What one batch of write commands came to.</summary>
/// <param name="Written">Records the vendor accepted (upserted or deleted).</param>
/// <param name="Superseded">Commands dropped before writing: older than the version applied (version guard), already applied, or replaced by a newer command for the same record in the batch.</param>
/// <param name="DeadLettered">Records the vendor rejected for good; kept in <see cref="IDeadLetterStore"/>, not retried.</param>
/// <param name="Errors">Records written whose cross-reference row could not be updated (surfaced to the error log).</param>
/// <param name="Retry">
/// Commands that failed with a retryable vendor error (lock, throttling, transient fault). The caller re-enqueues
/// them with a delay, or fails the queue message so that the platform retries it: commands already written are then
/// dropped as already applied.
/// </param>
public sealed record WriteBatchResult(int Written, int Superseded, int DeadLettered, int Errors, IReadOnlyList<WriteCommand> Retry)
{
    /// <summary>
    /// Records another writer wrote at the same time (their cross-reference row changed between this batch's read and
    /// its update): the vendor may have applied the two writes in either order, so these repair resyncs must be
    /// enqueued on the changes queue before the batch completes.
    /// </summary>
    public IReadOnlyList<ResyncRequest> Repairs { get; init; } = [];

    /// <summary>
    /// Commands not attempted: a group's last chunk, not full, that the caller chose to leave to its next batch
    /// (<see cref="DestinationWriter.WriteAsync(IReadOnlyList{WriteCommand}, Func{IReadOnlyList{WriteCommand}, bool}, CancellationToken)"/>).
    /// </summary>
    public IReadOnlyList<WriteCommand> Held { get; init; } = [];

    /// <summary>Whether some commands must be retried.</summary>
    public bool NeedsRetry => Retry.Count > 0;
}
