using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
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

    private async Task FetchLoopAsync()
    {
        var backoff = new PollingBackoff(QueueHostOptions.MinimumPollingInterval, _options.MaxPollingInterval);
        var foundSinceLastDelay = false;
        var exists = false;
        while (!_stopFetching.IsCancellationRequested)
        {
            QueueMessage[] batch = [];
            try
            {
                exists = exists || await QueueExistsAsync();
                if (exists)
                {
                    // Not cancelled by the stop request: a receive cut short would hide its messages for 10 minutes.
                    batch = (await _queue.ReceiveMessagesAsync(_options.BatchSize, _listenerOptions.ReceiveVisibilityTimeout, _hardStop.Token)).Value;
                }
            }
            catch (OperationCanceledException) when (_hardStop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is RequestFailedException or FormatException or InvalidOperationException)
            {
                // The listener's own boundary: a storage or decoding failure must not end polling for good.
                exists = false;
                LogPollFailed(_logger, _function.LogName, _queue.Name, ex);
            }

            if (_stopFetching.IsCancellationRequested)
            {
                await ReleaseUnstartedAsync(batch);
                return;
            }

            if (batch.Length == 0)
            {
                var delay = backoff.Next(foundSinceLastDelay);
                foundSinceLastDelay = false;
                if (!await WaitAsync(Task.Delay(delay, _timeProvider, _stopFetching.Token)))
                {
                    return;
                }

                continue;
            }

            foundSinceLastDelay = true;
            foreach (var message in batch)
            {
                Track(ProcessAsync(message));
            }

            if (!await WaitAsync(WaitForNewBatchThresholdAsync(_stopFetching.Token)))
            {
                return;
            }
        }
    }

    private async Task<bool> QueueExistsAsync()
    {
        var exists = (await _queue.ExistsAsync(_stopFetching.Token)).Value;
        if (!exists && !_missingLogged)
        {
            LogQueueMissing(_logger, _function.LogName, _queue.Name);
        }

        _missingLogged = !exists;

        return exists;
    }

    private async Task WaitForNewBatchThresholdAsync(CancellationToken cancellationToken)
    {
        Task[] running;
        while ((running = Snapshot()).Length > _options.NewBatchThreshold)
        {
            await Task.WhenAny(running).WaitAsync(cancellationToken);
        }
    }

    private static async Task<bool> WaitAsync(Task wait)
    {
        try
        {
            await wait;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void Track(Task processing)
    {
        lock (_inFlight)
        {
            _inFlight.Add(processing);
        }

        processing.ContinueWith(
            done =>
            {
                lock (_inFlight)
                {
                    _inFlight.Remove(done);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private Task[] Snapshot()
    {
        lock (_inFlight)
        {
            return [.. _inFlight];
        }
    }
}
