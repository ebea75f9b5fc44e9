using System.Text.Json;
using Azure;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Functions.LocalHost.Timers;

internal sealed partial class TimerTriggerListener
{
    // Task.Delay takes at most ~49 days; longer waits (a yearly cron) are taken in steps.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    private TimeZoneInfo Zone => _time.LocalTimeZone;

    private async Task ListenAsync(CancellationToken listening, CancellationToken invocation)
    {
        var now = _time.GetUtcNow();
        var isPastDue = false;
        TimerScheduleStatus status;
        if (_useMonitor)
        {
            var check = TimerPastDueCheck.Evaluate(await ReadStatusAsync(listening), now, _schedule, Zone);
            if (check.Changed)
            {
                await WriteStatusAsync(check.Status, listening);
            }

            status = check.Status;
            isPastDue = check.IsPastDue;
        }
        else
        {
            status = new TimerScheduleStatus(TimerScheduleStatus.Never, _schedule.GetNextOccurrence(now, Zone), TimerScheduleStatus.Never);
        }

        Log.Listening(_logger, FunctionName, _schedule.Expression, _useMonitor, status.Next);
        if (listening.IsCancellationRequested)
        {
            return;
        }

        if ((isPastDue || _trigger.RunOnStartup) && await ConfirmLeaseAsync(listening))
        {
            status = await InvokeAsync(status, isPastDue ? InvocationReason.PastDue : InvocationReason.RunOnStartup, invocation);
        }

        while (!listening.IsCancellationRequested)
        {
            var wait = status.Next - _time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                if (!await DelayAsync(wait < LongestWait ? wait : LongestWait, listening))
                {
                    return;
                }

                continue;
            }

            if (!await ConfirmLeaseAsync(listening))
            {
                return;
            }

            status = await InvokeAsync(status, InvocationReason.Schedule, invocation);
        }
    }

    private async Task<TimerScheduleStatus> InvokeAsync(TimerScheduleStatus status, InvocationReason reason, CancellationToken invocation)
    {
        var firedAt = _time.GetUtcNow();
        var info = new TimerInfo
        {
            IsPastDue = reason == InvocationReason.PastDue,
            ScheduleStatus = _useMonitor ? status.ToWorkerStatus(Zone) : null,
        };
        Log.Invoking(_logger, FunctionName, reason, status.Next);
        try
        {
            await _invoke(info, invocation);
            var duration = _time.GetUtcNow() - firedAt;
            Log.Invoked(_logger, FunctionName, duration);
        }
        catch (OperationCanceledException) when (invocation.IsCancellationRequested)
        {
            Log.InvocationCanceled(_logger, FunctionName);
        }
#pragma warning disable CA1031 // The invocation boundary: a failing run is logged and the schedule goes on, as on the platform.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.InvocationFailed(_logger, FunctionName, ex);
        }

        // A scheduled run counts from its occurrence even when the timer fired a little early, so that the
        // same occurrence is never computed twice; Next may be in the past after a long run, which then runs
        // the next occurrence at once (never concurrently).
        var last = reason == InvocationReason.Schedule && status.Next > firedAt ? status.Next : firedAt;
        var next = new TimerScheduleStatus(last, _schedule.GetNextOccurrence(last, Zone), last);
        if (_useMonitor && !invocation.IsCancellationRequested)
        {
            await WriteStatusAsync(next, invocation);
        }

        return next;
    }

    private async Task<TimerScheduleStatus?> ReadStatusAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _status.ReadAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or RequestFailedException or AggregateException)
        {
            Log.StatusUnreadable(_logger, FunctionName, _status.BlobName, ex);
            return null;
        }
    }

    private async Task WriteStatusAsync(TimerScheduleStatus status, CancellationToken cancellationToken)
    {
        // Best effort, as the platform's StorageScheduleMonitor: a lost write costs at most a past-due run.
        try
        {
            await _status.WriteAsync(status, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.StatusWriteFailed(_logger, FunctionName, _status.BlobName, null);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException)
        {
            Log.StatusWriteFailed(_logger, FunctionName, _status.BlobName, ex);
        }
    }
}
