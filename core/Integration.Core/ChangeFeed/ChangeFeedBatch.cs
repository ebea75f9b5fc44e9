using Integration.Core.Changes;

namespace Integration.Core.ChangeFeed;

/// <summary>
/// What a change feed read yields: events and resync requests up to <see cref="Position"/>. The caller
/// enqueues them durably, then commits <see cref="Position"/> as the stream's checkpoint.
/// </summary>
/// <param name="Events">The change notifications, in stream order.</param>
/// <param name="Resyncs">Re-reads the stream asks for.</param>
/// <param name="Position">The position after this batch.</param>
public sealed record ChangeFeedBatch(
    IReadOnlyList<ChangeEvent> Events,
    IReadOnlyList<ResyncRequest> Resyncs,
    StreamPosition Position);
