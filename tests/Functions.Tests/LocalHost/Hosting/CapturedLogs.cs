using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Integration.Functions.Tests.LocalHost.Hosting;

/// <summary>A logger provider that keeps every entry with the scopes active when it was written.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly AsyncLocal<ImmutableScopes?> _scopes = new();

    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>Polls the captured entries until <paramref name="count"/> match, failing with <paramref name="what"/> after <paramref name="timeout"/>.</summary>
    public async Task WaitForAsync(Func<CapturedLog, bool> match, int count, TimeSpan timeout, string what)
    {
        var deadline = TimeProvider.System.GetUtcNow() + timeout;
        while (Entries.Count(match) < count)
        {
            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                Assert.Fail($"Timed out after {timeout} waiting for {what}: {Entries.Count(match)} of {count} log entries.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System, TestContext.Current.CancellationToken);
        }
    }

    public void Dispose()
    {
    }

    private sealed record ImmutableScopes(object State, ImmutableScopes? Parent);

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable BeginScope<TState>(TState state)
            where TState : notnull
        {
            var parent = owner._scopes.Value;
            owner._scopes.Value = new ImmutableScopes(state, parent);
            return new Pop(() => owner._scopes.Value = parent);
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<KeyValuePair<string, object?>>();
            for (var scope = owner._scopes.Value; scope is not null; scope = scope.Parent)
            {
                if (scope.State is IEnumerable<KeyValuePair<string, object>> pairs)
                {
                    scopes.AddRange(pairs.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)));
                }
            }

            owner.Entries.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), scopes));
        }
    }

    private sealed class Pop(Action pop) : IDisposable
    {
        public void Dispose() => pop();
    }
}
