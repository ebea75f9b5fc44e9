using Microsoft.Extensions.Logging;

namespace Integration.Functions.Tests.Timers;

/// <summary>Records the event names one listener logs and lets a test await them.</summary>
internal sealed class RecordingLogger(string instance) : ILogger
{
    private readonly Lock _gate = new();
    private readonly List<string> _events = [];
    private readonly List<(string Name, int Count, TaskCompletionSource Done)> _waiters = [];

    public string Instance => instance;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_gate)
        {
            _events.Add(eventId.Name ?? string.Empty);
            foreach (var waiter in _waiters.Where(w => Count(w.Name) >= w.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }
    }

    public int Count(string eventName)
    {
        lock (_gate)
        {
            return _events.Count(name => name == eventName);
        }
    }

    /// <summary>Completes once <paramref name="eventName"/> has been logged <paramref name="count"/> times.</summary>
    public Task WhenLogged(string eventName, int count = 1)
    {
        lock (_gate)
        {
            if (Count(eventName) >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((eventName, count, done));
            return done.Task;
        }
    }
}
