using System.Collections.Concurrent;

namespace Integration.Functions.Tests.LocalHost.Hosting;

/// <summary>What test functions saw: invocations per message id, and a signal when enough distinct ids arrived.</summary>
public sealed class MessageProbe
{
    private readonly ConcurrentDictionary<string, int> _counts = new();
    private readonly ConcurrentQueue<string> _bodies = new();
    private readonly object _gate = new();
    private (int Target, TaskCompletionSource Signal)? _waiter;

    /// <summary>Invocations per message id.</summary>
    public IReadOnlyDictionary<string, int> Counts => _counts;

    /// <summary>Bodies in arrival order.</summary>
    public IReadOnlyCollection<string> Bodies => _bodies;

    public int TotalInvocations => _counts.Values.Sum();

    public void Record(string messageId, string body = "")
    {
        _counts.AddOrUpdate(messageId, 1, (_, n) => n + 1);
        _bodies.Enqueue(body);
        lock (_gate)
        {
            if (_waiter is { } w && TotalInvocations >= w.Target)
            {
                w.Signal.TrySetResult();
            }
        }
    }

    /// <summary>Waits until at least <paramref name="invocations"/> invocations were recorded.</summary>
    public async Task WaitForInvocationsAsync(int invocations, TimeSpan timeout, string what)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiter = (invocations, signal);
            if (TotalInvocations >= invocations)
            {
                return;
            }
        }

        try
        {
            await signal.Task.WaitAsync(timeout, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Timed out after {timeout} waiting for {what}: {TotalInvocations} of {invocations} invocations recorded.");
        }
    }
}
