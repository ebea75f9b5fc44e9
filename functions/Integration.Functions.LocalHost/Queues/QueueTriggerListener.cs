using Azure.Storage.Queues;
using Integration.Functions.LocalHost.Catalog;
using Integration.Functions.LocalHost.HostJson;
using Integration.Functions.LocalHost.Invocation;

namespace Integration.Functions.LocalHost.Queues;

/// <summary>
/// Feeds one queue-triggered function the way the platform's QueueListener does (Storage Queues extension 5.x):
/// receive up to batchSize messages with a 10-minute visibility renewed while the function runs, run them
/// concurrently, fetch again once the in-flight count is at or below newBatchThreshold, back off while idle.
/// Like the platform it does not create the trigger queue: it waits (backing off) until the queue exists.
/// </summary>
internal sealed partial class QueueTriggerListener : IAsyncDisposable
{
    private readonly FunctionDescriptor _function;
    private readonly QueueClient _queue;
    private readonly QueueClient? _poisonQueue;
    private readonly PoisonErrorStore _errors;
    private readonly FunctionInvoker _invoker;
    private readonly QueueHostOptions _options;
    private readonly QueueListenerOptions _listenerOptions;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopFetching = new();
    private readonly CancellationTokenSource _hardStop = new();
    private readonly CancellationTokenSource _invocations = new();
    private readonly List<Task> _inFlight = [];
    private Task _loop = Task.CompletedTask;
    private bool _missingLogged;

    internal QueueTriggerListener(
        FunctionDescriptor function,
        QueueClients clients,
        FunctionInvoker invoker,
        QueueHostOptions options,
        QueueListenerOptions listenerOptions,
        TimeProvider timeProvider,
        ILogger logger)
    {
        _function = function;
        _queue = clients.Queue;
        _poisonQueue = clients.PoisonQueue;
        _errors = clients.Errors;
        _invoker = invoker;
        _options = options;
        _listenerOptions = listenerOptions;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    internal void Start() => _loop = Task.Run(FetchLoopAsync);

    /// <summary>
    /// Graceful drain: stop fetching, let in-flight invocations finish until <paramref name="cancellationToken"/>
    /// (the host's shutdown timeout), then cancel their tokens. Unfinished messages are released, never deleted.
    /// </summary>
    internal async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopFetching.CancelAsync();
        using var hardStop = cancellationToken.Register(_hardStop.Cancel);
        try
        {
            await _loop.WaitAsync(cancellationToken);
            await Task.WhenAll(Snapshot()).WaitAsync(cancellationToken);
            return;
        }
        catch (OperationCanceledException)
        {
            LogCancellingOnShutdown(_logger, _function.LogName, Snapshot().Length);
        }

        await _invocations.CancelAsync();
        try
        {
            await Task.WhenAll([_loop, .. Snapshot()]).WaitAsync(_listenerOptions.CancellationGracePeriod, _timeProvider, CancellationToken.None);
        }
        catch (TimeoutException)
        {
            LogAbandoned(_logger, _function.LogName, Snapshot().Length, _listenerOptions.ReceiveVisibilityTimeout);
        }
    }

    public ValueTask DisposeAsync()
    {
        if (Snapshot().Length > 0)
        {
            // Abandoned invocations (they ignored cancellation) still hold these tokens; leave them to the GC.
            return ValueTask.CompletedTask;
        }

        _stopFetching.Dispose();
        _hardStop.Dispose();
        _invocations.Dispose();
        return ValueTask.CompletedTask;
    }
}
