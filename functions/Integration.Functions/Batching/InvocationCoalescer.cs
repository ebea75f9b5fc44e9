namespace Integration.Functions.Batching;

/// <summary>
/// Gathers the work of concurrent invocations of one queue function into shared flushes. The platform hands an
/// instance up to <c>batchSize</c> messages at once, one invocation each; each invocation submits its item and
/// waits, and a flush takes what is pending once the oldest item has waited <see cref="CoalescerSettings.Linger"/>
/// (or the pending weight reached <see cref="CoalescerSettings.MaxWeight"/>) and a flush slot is free. While the
/// slots are busy items accumulate, so batches grow with the load. Every submitter of a flush gets its result or
/// its exception; an invocation returns (and its message is deleted) only after the flush holding its item ended.
/// </summary>
/// <typeparam name="TItem">What one invocation submits (a message's content).</typeparam>
/// <typeparam name="TResult">What a flush returns to each of its submitters.</typeparam>
public sealed class InvocationCoalescer<TItem, TResult> : IDisposable
{
    private readonly Func<IReadOnlyList<TItem>, CancellationToken, Task<TResult>> _flush;
    private readonly CoalescerSettings _settings;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _slots;
    private readonly Lock _gate = new();
    private readonly LinkedList<CoalescedSubmission<TItem, TResult>> _pending = new();
    private TaskCompletionSource _full = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _pendingWeight;
    private bool _pumping;

    /// <summary>Creates the coalescer.</summary>
    /// <param name="flush">Does the work of several items at once; its token is cancelled once every submitter of the flush was cancelled.</param>
    /// <param name="settings">Linger, weight and concurrency limits.</param>
    /// <param name="time">The clock of the linger.</param>
    public InvocationCoalescer(Func<IReadOnlyList<TItem>, CancellationToken, Task<TResult>> flush, CoalescerSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(flush);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.MaxWeight, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.MaxConcurrentFlushes, 1);
        _flush = flush;
        _settings = settings;
        _time = time;
        _slots = new SemaphoreSlim(settings.MaxConcurrentFlushes, settings.MaxConcurrentFlushes);
    }

    /// <summary>Items waiting for a flush (for tests and diagnostics).</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>Submits <paramref name="item"/> and waits for the flush that takes it.</summary>
    /// <param name="item">The invocation's work.</param>
    /// <param name="weight">Its size in the unit of <see cref="CoalescerSettings.MaxWeight"/> (at least 1 is counted).</param>
    /// <param name="cancellationToken">The invocation's token: cancelled while pending, the item is withdrawn; in flight, the caller stops waiting.</param>
    /// <returns>The result of the flush that held the item.</returns>
    public Task<TResult> SubmitAsync(TItem item, int weight, CancellationToken cancellationToken) =>
        SubmitAsync(item, weight, ahead: false, cancellationToken);

    /// <summary>Submits <paramref name="item"/>, first in line when <paramref name="ahead"/>, and waits for the flush that takes it.</summary>
    /// <param name="item">The invocation's work.</param>
    /// <param name="weight">Its size in the unit of <see cref="CoalescerSettings.MaxWeight"/> (at least 1 is counted).</param>
    /// <param name="ahead">Put it before every pending item (work a flush left for the next one).</param>
    /// <param name="cancellationToken">The invocation's token: cancelled while pending, the item is withdrawn; in flight, the caller stops waiting.</param>
    /// <returns>The result of the flush that held the item.</returns>
    public async Task<TResult> SubmitAsync(TItem item, int weight, bool ahead, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var submission = new CoalescedSubmission<TItem, TResult>(item, Math.Max(1, weight), _time.GetTimestamp(), cancellationToken);
        bool startPump;
        lock (_gate)
        {
            submission.Node = ahead ? _pending.AddFirst(submission) : _pending.AddLast(submission);
            _pendingWeight += submission.Weight;
            if (_pendingWeight >= _settings.MaxWeight)
            {
                _full.TrySetResult();
            }

            startPump = !_pumping;
            _pumping = true;
        }

        if (startPump)
        {
            _ = Task.Run(PumpAsync, CancellationToken.None);
        }

        using var registration = cancellationToken.Register(() => Withdraw(submission));
        return await submission.Completion.Task.ConfigureAwait(false);
    }

    /// <summary>Flushes <paramref name="item"/> by itself now (a message that failed before is kept away from the others' flushes).</summary>
    /// <param name="item">The invocation's work.</param>
    /// <param name="cancellationToken">The invocation's token.</param>
    /// <returns>The flush's result.</returns>
    public Task<TResult> RunAloneAsync(TItem item, CancellationToken cancellationToken) => _flush([item], cancellationToken);

    /// <summary>Releases the flush slots' semaphore (the app's shutdown: invocations have ended).</summary>
    public void Dispose() => _slots.Dispose();

    private void Withdraw(CoalescedSubmission<TItem, TResult> submission)
    {
        lock (_gate)
        {
            if (submission.Node is { List: not null } node)
            {
                _pending.Remove(node);
                _pendingWeight -= submission.Weight;
                submission.Node = null;
            }
        }

        submission.Completion.TrySetCanceled(submission.CancellationToken);
        submission.CancelInFlight();
    }

    private async Task PumpAsync()
    {
        while (true)
        {
            await _slots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            Task full;
            TimeSpan wait;
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    _pumping = false;
                    _slots.Release();
                    return;
                }

                full = _full.Task;
                wait = _settings.Linger - _time.GetElapsedTime(_pending.First!.Value.SubmittedAt);
            }

            if (wait > TimeSpan.Zero)
            {
                using var lingerEnd = new CancellationTokenSource();
                await Task.WhenAny(full, Task.Delay(wait, _time, lingerEnd.Token)).ConfigureAwait(false);
                await lingerEnd.CancelAsync().ConfigureAwait(false);
            }

            var batch = Take();
            if (batch.Count == 0)
            {
                _slots.Release();
                continue;
            }

            _ = RunAsync(batch);
        }
    }

    private List<CoalescedSubmission<TItem, TResult>> Take()
    {
        lock (_gate)
        {
            var batch = new List<CoalescedSubmission<TItem, TResult>>();
            var weight = 0;
            while (_pending.First is { } first && (batch.Count == 0 || weight + first.Value.Weight <= _settings.MaxWeight))
            {
                _pending.RemoveFirst();
                first.Value.Node = null;
                weight += first.Value.Weight;
                _pendingWeight -= first.Value.Weight;
                batch.Add(first.Value);
            }

            if (_pendingWeight < _settings.MaxWeight && _full.Task.IsCompleted)
            {
                _full = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            return batch;
        }
    }

    private async Task RunAsync(List<CoalescedSubmission<TItem, TResult>> batch)
    {
        using var flight = new CoalescedFlight(batch.Count);
        try
        {
            foreach (var submission in batch)
            {
                submission.Flight = flight;
                if (submission.CancellationToken.IsCancellationRequested)
                {
                    submission.CancelInFlight();
                }
            }

            var result = await _flush([.. batch.Select(s => s.Item)], flight.Token).ConfigureAwait(false);
            foreach (var submission in batch)
            {
                submission.Completion.TrySetResult(result);
            }
        }
        catch (OperationCanceledException ex)
        {
            foreach (var submission in batch)
            {
                submission.Completion.TrySetCanceled(ex.CancellationToken);
            }
        }
        catch (Exception ex)
        {
            foreach (var submission in batch)
            {
                submission.Completion.TrySetException(ex);
            }
        }
        finally
        {
            _slots.Release();
        }
    }
}
