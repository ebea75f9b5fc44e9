using Integration.Core.ChangeFeed;
using Integration.Core.Checkpoints;
using Integration.Functions.Storage;

namespace Integration.Functions.Intake;

/// <summary>
/// Reads a change feed from its checkpoint for at most a time window, enqueueing each batch on the changes queue
/// and only then committing the batch's position, so a crash replays from the last enqueued batch and loses nothing.
/// </summary>
public sealed class ChangeFeedDrain(ICheckpointStore checkpoints, ChangesQueue changes, TimeProvider time)
{
    /// <summary>Drains <paramref name="feed"/> until it ends, <paramref name="window"/> passes, or the host cancels.</summary>
    /// <returns>Batches committed and events enqueued.</returns>
    public async Task<DrainResult> DrainAsync(IChangeFeed feed, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var from = await checkpoints.GetAsync(feed.Stream, cancellationToken);
        using var windowEnd = new CancellationTokenSource(window, time);
        using var read = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, windowEnd.Token);
        int batches = 0, events = 0;
        try
        {
            await foreach (var batch in feed.ReadAsync(from, read.Token))
            {
                if (batch.Events.Count > 0 || batch.Resyncs.Count > 0)
                {
                    // Not the window's token: a batch in hand is enqueued and committed even when the window just closed.
                    await changes.EnqueueAsync(batch.Events, batch.Resyncs, cancellationToken);
                }

                await checkpoints.CommitAsync(batch.Position, cancellationToken);
                batches++;
                events += batch.Events.Count + batch.Resyncs.Count;
            }
        }
        catch (OperationCanceledException) when (windowEnd.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The window closed during a read: what was enqueued is committed; the next occurrence resumes from there.
        }

        return new DrainResult(feed.Stream, batches, events);
    }
}
