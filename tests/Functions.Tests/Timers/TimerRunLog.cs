using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.Tests.Timers;

/// <summary>Records the runs of a timer function across instances and lets a test await the n-th.</summary>
internal sealed class TimerRunLog
{
    private readonly Lock _gate = new();
    private readonly List<TimerRun> _runs = [];
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];

    public IReadOnlyList<TimerRun> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _runs];
            }
        }
    }

    /// <summary>A function body for <paramref name="instance"/> that records each run, then runs <paramref name="body"/>.</summary>
    public Func<TimerInfo, CancellationToken, Task> Function(string instance, TimeProvider time, Func<int, CancellationToken, Task>? body = null) =>
        (info, cancellationToken) =>
        {
            int number;
            lock (_gate)
            {
                _runs.Add(new TimerRun(instance, time.GetUtcNow(), info.IsPastDue, info.ScheduleStatus));
                number = _runs.Count;
                foreach (var waiter in _waiters.Where(w => number >= w.Count).ToList())
                {
                    _waiters.Remove(waiter);
                    waiter.Done.TrySetResult();
                }
            }

            return body?.Invoke(number, cancellationToken) ?? Task.CompletedTask;
        };

    /// <summary>Completes once <paramref name="count"/> runs have started.</summary>
    public Task WhenCount(int count, string what)
    {
        lock (_gate)
        {
            if (_runs.Count >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return Awaited.Within(done.Task, what);
        }
    }
}
