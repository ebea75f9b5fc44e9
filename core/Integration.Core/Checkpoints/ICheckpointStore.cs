using Integration.Core.Changes;

namespace Integration.Core.Checkpoints;

/// <summary>Durable change-stream positions (replay ids, poll cursors), one per stream.</summary>
public interface ICheckpointStore
{
    /// <summary>The last committed position of <paramref name="stream"/>, or null when none was committed.</summary>
    Task<StreamPosition?> GetAsync(string stream, CancellationToken cancellationToken);

    /// <summary>Commits <paramref name="position"/>; call only after every event before it is durably enqueued.</summary>
    Task CommitAsync(StreamPosition position, CancellationToken cancellationToken);
}
