using Azure;
using Azure.Storage.Queues.Models;
using Integration.Functions.LocalHost.HostJson;

namespace Integration.Functions.LocalHost.Queues;

/// <summary>The fetch loop: receive a batch, start it, wait for the new-batch threshold or back off while idle.</summary>
internal sealed partial class QueueTriggerListener
{
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
            catch (OperationCanceledException) when (_hardStop.IsCancellationRequested || (_stopFetching.IsCancellationRequested && batch.Length == 0))
            {
                // Stopped during the existence check (a missing queue is polled until stop) or a hard stop: nothing was received.
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
