using System.Collections.Concurrent;
using System.Globalization;
using Integration.Core.ChangeFeed;
using Integration.Core.Changes;

namespace Integration.Connectors.Tests.Salesforce.Acceptance;

/// <summary>
/// Reads a change feed as the engine does: each batch is made durable first (added to an in-memory set), then
/// its position is committed as the checkpoint. <see cref="KillAfter"/> simulates a lost instance: the read
/// stops right after a durable enqueue, before that batch's checkpoint is committed.
/// </summary>
internal sealed class CheckpointingSubscriber
{
    private readonly ConcurrentDictionary<long, ChangeEvent> _events = new();
    private readonly ConcurrentQueue<ResyncRequest> _resyncs = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _progress = NewSignal();
    private long _maxLagTicks;
    private long _duplicates;

    public int? KillAfter { get; init; }
    public StreamPosition? Checkpoint { get; private set; }
    public int Batches { get; private set; }
    public DateTimeOffset? FirstReceivedAt { get; private set; }
    public DateTimeOffset? LastReceivedAt { get; private set; }
    public Task Completion { get; private set; } = Task.CompletedTask;
    public IReadOnlyDictionary<long, ChangeEvent> Events => _events;
    public IReadOnlyCollection<ResyncRequest> Resyncs => _resyncs;
    public long Duplicates => Interlocked.Read(ref _duplicates);

    /// <summary>The longest time between an event's commit and its arrival here.</summary>
    public TimeSpan MaxLag => TimeSpan.FromTicks(Interlocked.Read(ref _maxLagTicks));

    public static long ReplayId(StreamPosition position) =>
        long.Parse(position.Value.Split('|')[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public void Start(IChangeFeed feed, StreamPosition? from, CancellationToken cancellationToken) =>
        Completion = Task.Run(() => ReadAsync(feed, from, cancellationToken), cancellationToken);

    /// <summary>Waits until <paramref name="condition"/> holds after a batch, failing with <paramref name="what"/> after <paramref name="timeout"/>.</summary>
    public async Task WaitForAsync(Func<CheckpointingSubscriber, bool> condition, TimeSpan timeout, string what)
    {
        var giveUpAt = TimeProvider.System.GetUtcNow() + timeout;
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                signal = _progress.Task;
            }

            if (condition(this))
            {
                return;
            }

            if (Completion.IsCompleted)
            {
                await Completion;
                Assert.Fail($"The change feed stopped before {what} ({_events.Count} events seen, checkpoint {Checkpoint}).");
            }

            var remaining = giveUpAt - TimeProvider.System.GetUtcNow();
            Assert.True(remaining > TimeSpan.Zero, $"Timed out after {timeout} waiting for {what}: {_events.Count} events and {_resyncs.Count} resyncs seen, checkpoint {Checkpoint}.");
            using var stopWaiting = new CancellationTokenSource();
            await Task.WhenAny(signal, Completion, Task.Delay(remaining, TimeProvider.System, stopWaiting.Token));
            await stopWaiting.CancelAsync();
        }
    }

    private async Task ReadAsync(IChangeFeed feed, StreamPosition? from, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var batch in feed.ReadAsync(from, cancellationToken))
            {
                var now = TimeProvider.System.GetUtcNow();
                FirstReceivedAt ??= now;
                LastReceivedAt = now;
                foreach (var change in batch.Events)
                {
                    if (!_events.TryAdd(ReplayId(change.Position), change))
                    {
                        Interlocked.Increment(ref _duplicates);
                    }

                    var lag = (now - change.CommittedAt).Ticks;
                    if (lag > Interlocked.Read(ref _maxLagTicks))
                    {
                        Interlocked.Exchange(ref _maxLagTicks, lag);
                    }
                }

                foreach (var resync in batch.Resyncs)
                {
                    _resyncs.Enqueue(resync);
                }

                Batches++;
                if (KillAfter is { } limit && _events.Count >= limit)
                {
                    Pulse();
                    return;
                }

                Checkpoint = batch.Position;
                Pulse();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The test stopped the read.
        }
        finally
        {
            Pulse();
        }
    }

    private void Pulse()
    {
        lock (_gate)
        {
            _progress.TrySetResult();
            _progress = NewSignal();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
