using System.Collections.Concurrent;

namespace Integration.Functions.Tests.LocalHost.Timers;

/// <summary>Every timer run of a test, shared by all its host instances.</summary>
public sealed class TimerRuns : IDisposable
{
    private readonly ConcurrentQueue<(string Host, DateTimeOffset At)> _runs = new();
    private readonly SemaphoreSlim _signal = new(0);

    public IReadOnlyList<(string Host, DateTimeOffset At)> All => [.. _runs];

    public void Record(string host, DateTimeOffset at)
    {
        _runs.Enqueue((host, at));
        _signal.Release();
    }

    public void Dispose() => _signal.Dispose();

    public async Task WaitForAsync(int count, TimeSpan timeout, string what)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            while (_runs.Count < count)
            {
                await _signal.WaitAsync(cts.Token);
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"Timed out after {timeout} waiting for {what}: {_runs.Count} of {count} runs.");
        }
    }
}
