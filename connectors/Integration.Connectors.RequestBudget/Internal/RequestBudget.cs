using Integration.Core.Records;

namespace Integration.Connectors.RequestBudget.Internal;

/// <summary>
/// The request budget of one vendor account and app, shared by every caller in the process.
/// A request waits (through <see cref="TimeProvider"/>) until it fits the rolling window, the
/// secondly window (when it is secondly-limited), the daily count and any 429 pause. Live
/// requests go first: bulk requests wait while a live one waits, are paced evenly across the
/// window, and fill it past <see cref="RequestBudgetOptions.BulkShare"/> only with slots about to
/// free. A request counts in the windows from its grant until it is answered, then from its answer.
/// </summary>
internal sealed partial class RequestBudget
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly RequestBudgetOptions _options;
    private readonly SlidingWindow _window;
    private readonly SlidingWindow? _secondlyWindow;
    private readonly DailyCount _daily;
    private TaskCompletionSource _changed = NewSignal();
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    private DateTimeOffset _lastBulkGrant = DateTimeOffset.MinValue;
    private int _liveWaiting;

    public RequestBudget(string key, RequestBudgetOptions options, TimeProvider time)
    {
        Key = key;
        _options = options;
        _time = time;
        _window = new SlidingWindow(options.RequestsPerInterval, options.Interval);
        _secondlyWindow = options.SecondlyLimit > 0 ? new SlidingWindow(options.SecondlyLimit, TimeSpan.FromSeconds(1)) : null;
        _daily = new DailyCount(options.DailyLimit);
    }

    public string Key { get; }

    public DateTimeOffset PausedUntil
    {
        get
        {
            lock (_gate)
            {
                return _pausedUntil;
            }
        }
    }

    public int Limit
    {
        get
        {
            lock (_gate)
            {
                return _window.Limit;
            }
        }
    }

    /// <summary>How long a request in <paramref name="lane"/> asked now would wait (zero: it would go at once).</summary>
    public TimeSpan NextGrantIn(WriteLane lane, bool secondlyLimited)
    {
        lock (_gate)
        {
            return Max(TimeSpan.Zero, WaitFor(lane, secondlyLimited, _time.GetUtcNow()));
        }
    }

    /// <summary>
    /// Waits until a request in <paramref name="lane"/> may be sent, then counts it. Pass the grant to
    /// <see cref="Answered"/> when the answer (or a failure) arrives.
    /// </summary>
    public async Task<BudgetGrant> AcquireAsync(WriteLane lane, bool secondlyLimited, CancellationToken cancellationToken)
    {
        var waitingAsLive = false;
        try
        {
            while (true)
            {
                TimeSpan wait;
                Task changed;
                lock (_gate)
                {
                    var now = _time.GetUtcNow();
                    wait = WaitFor(lane, secondlyLimited, now);
                    if (wait <= TimeSpan.Zero)
                    {
                        return Grant(lane, secondlyLimited, now);
                    }

                    if (lane == WriteLane.Live && !waitingAsLive)
                    {
                        waitingAsLive = true;
                        _liveWaiting++;
                    }

                    changed = _changed.Task;
                }

                await WaitAsync(wait, changed, cancellationToken);
            }
        }
        finally
        {
            if (waitingAsLive)
            {
                lock (_gate)
                {
                    _liveWaiting--;
                    Signal();
                }
            }
        }
    }

    private TimeSpan WaitFor(WriteLane lane, bool secondlyLimited, DateTimeOffset now)
    {
        var wait = _pausedUntil - now;
        wait = Max(wait, _daily.WaitAt(now));
        wait = Max(wait, _window.WaitAt(now));
        if (secondlyLimited && _secondlyWindow is not null)
        {
            wait = Max(wait, _secondlyWindow.WaitAt(now));
        }

        if (lane == WriteLane.Bulk)
        {
            // Bulk fills the window up to its share, and into the rest only with slots that free soon
            // (within the time the rest takes at the full pace): a window that is full then frees a slot
            // within about one step, and a live request never waits long for the window to roll.
            var bulkLimit = BulkLimit(_window.Limit);
            var lookahead = _window.Length * (_window.Limit - bulkLimit) / _window.Limit;
            wait = Max(wait, _window.WaitAt(now, bulkLimit, lookahead));
            if (_options.PaceBulk && _lastBulkGrant != DateTimeOffset.MinValue)
            {
                wait = Max(wait, _lastBulkGrant + (_window.Length / _window.Limit) - now);
            }

            if (_liveWaiting > 0)
            {
                // A live request is waiting: it takes the next free slot; its exit signals us.
                wait = Max(wait, _window.Length);
            }
        }

        return wait;
    }

    private BudgetGrant Grant(WriteLane lane, bool secondlyLimited, DateTimeOffset now)
    {
        var window = _window.Record(now);
        if (lane == WriteLane.Bulk)
        {
            _lastBulkGrant = now;
        }

        var secondly = secondlyLimited ? _secondlyWindow?.Record(now) : null;
        _daily.Take(now);
        return new BudgetGrant(window, secondly);
    }

    private async Task WaitAsync(TimeSpan wait, Task changed, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(wait, _time, stop.Token);
        await Task.WhenAny(delay, changed);
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private void Signal()
    {
        var previous = _changed;
        _changed = NewSignal();
        previous.TrySetResult();
    }

    private int BulkLimit(int limit) => Math.Max(1, (int)Math.Floor(limit * _options.BulkShare));

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
