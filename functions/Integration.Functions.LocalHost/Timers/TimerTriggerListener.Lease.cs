using Azure;

namespace Integration.Functions.LocalHost.Timers;

internal sealed partial class TimerTriggerListener
{
    private async Task RunAsync(CancellationToken stopping)
    {
        var heldElsewhereLogged = false;
        while (!stopping.IsCancellationRequested)
        {
            // Attempts are on a fixed grid from their start, so a slow storage call does not shift the next one.
            var nextAttempt = _time.GetUtcNow() + _options.LeaseAcquireInterval;
            bool acquired;
            try
            {
                acquired = await _lease.TryAcquireAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is RequestFailedException or AggregateException)
            {
                Log.LeaseStorageFailed(_logger, FunctionName, _lease.BlobName, ex);
                acquired = false;
            }

            if (acquired)
            {
                heldElsewhereLogged = false;
                await HoldLeaseAsync(stopping);
                nextAttempt = _time.GetUtcNow() + _options.LeaseAcquireInterval;
            }
            else if (!heldElsewhereLogged)
            {
                Log.LeaseHeldElsewhere(_logger, FunctionName, _lease.BlobName, _options.LeaseAcquireInterval);
                heldElsewhereLogged = true;
            }

            var wait = nextAttempt - _time.GetUtcNow();
            if (wait > TimeSpan.Zero && !await DelayAsync(wait, stopping))
            {
                return;
            }
        }
    }

    private async Task HoldLeaseAsync(CancellationToken stopping)
    {
        using var listening = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        using var invocation = CancellationTokenSource.CreateLinkedTokenSource(_abortInvocation.Token);
        using var renewing = new CancellationTokenSource();
        var lost = false;
        _lostBeforeRun = false;
        Log.LeaseAcquired(_logger, FunctionName, _lease.BlobName);
        var renewal = RenewAsync(
            () =>
            {
                lost = true;
                invocation.Cancel();
                listening.Cancel();
            },
            renewing.Token);
        try
        {
            await ListenAsync(listening.Token, invocation.Token);
        }
        catch (OperationCanceledException) when (listening.IsCancellationRequested)
        {
            // Stopped (or the lease was lost) while reading or writing the status blob: not a failure.
        }
        finally
        {
            await renewing.CancelAsync();
            await renewal;
        }

        if (!lost && !_lostBeforeRun)
        {
            try
            {
                await _lease.ReleaseAsync(CancellationToken.None);
                Log.LeaseReleased(_logger, FunctionName, _lease.BlobName);
            }
            catch (Exception ex) when (ex is RequestFailedException or AggregateException)
            {
                Log.LeaseStorageFailed(_logger, FunctionName, _lease.BlobName, ex);
            }
        }
    }

    /// <summary>
    /// Renews the lease just before a run, so that an instance whose lease was taken over (it paused, or the
    /// lease expired or was broken between two renewals) never runs an occurrence the new holder runs too.
    /// Transient storage faults do not stop the run: the renewal loop decides when the lease is lost.
    /// </summary>
    private async Task<bool> ConfirmLeaseAsync(CancellationToken listening)
    {
        try
        {
            await _lease.RenewAsync(listening);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            Log.LeaseLost(_logger, FunctionName, _lease.BlobName, ex);
            _lostBeforeRun = true;
            return false;
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException)
        {
            Log.LeaseStorageFailed(_logger, FunctionName, _lease.BlobName, ex);
            return true;
        }
    }

    private async Task RenewAsync(Action onLost, CancellationToken stop)
    {
        var normal = _options.LeasePeriod / 2;
        var retry = TimeSpan.FromSeconds(1);
        var lastRenewed = _time.GetUtcNow();
        var wait = normal;
        while (await DelayAsync(wait, stop))
        {
            try
            {
                await _lease.RenewAsync(stop);
                lastRenewed = _time.GetUtcNow();
                wait = normal;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
            {
                Log.LeaseLost(_logger, FunctionName, _lease.BlobName, ex);
                onLost();
                return;
            }
            catch (Exception ex) when (ex is RequestFailedException or AggregateException)
            {
                if (_time.GetUtcNow() - lastRenewed >= _options.LeasePeriod)
                {
                    Log.LeaseLost(_logger, FunctionName, _lease.BlobName, ex);
                    onLost();
                    return;
                }

                // Like the platform, retry sooner while the lease has not yet expired.
                Log.LeaseStorageFailed(_logger, FunctionName, _lease.BlobName, ex);
                wait = retry;
            }
        }
    }

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, _time, cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
