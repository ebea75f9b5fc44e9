using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Integration.Functions.Tests.Batching;

/// <summary>A flush that records what it was given, can be held open, and answers with the items it flushed.</summary>
internal sealed class RecordingFlush
{
    private readonly ConcurrentQueue<IReadOnlyList<string>> _calls = new();
    private readonly Channel<int> _started = Channel.CreateUnbounded<int>();

    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Hold { get; init; }

    public Exception? Failure { get; init; }

    public CancellationToken LastToken { get; private set; }

    public IReadOnlyList<IReadOnlyList<string>> Calls => [.. _calls];

    public async Task<IReadOnlyList<string>> FlushAsync(IReadOnlyList<string> items, CancellationToken cancellationToken)
    {
        _calls.Enqueue(items);
        LastToken = cancellationToken;
        _started.Writer.TryWrite(_calls.Count);
        if (Hold)
        {
            await Gate.Task.WaitAsync(cancellationToken);
        }

        return Failure is null ? items : throw Failure;
    }

    /// <summary>Waits until <paramref name="count"/> flushes have started in all.</summary>
    public async Task StartedAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            try
            {
                await _started.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                Assert.Fail($"flush number {i + 1} of {count} did not start within 10 s");
            }
        }
    }
}
