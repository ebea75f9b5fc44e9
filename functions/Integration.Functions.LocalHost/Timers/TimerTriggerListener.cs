using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Integration.Functions.LocalHost.Timers;

/// <summary>
/// Runs one timer-triggered function on its schedule with the platform's semantics: only the instance that
/// holds the function's listener lease runs it (one run per occurrence across instances); with monitoring, a
/// missed occurrence runs once at start with <see cref="TimerInfo.IsPastDue"/>; <c>RunOnStartup</c> runs once
/// when this instance starts listening; runs never overlap; a failing run does not stop the schedule.
/// </summary>
internal sealed partial class TimerTriggerListener : IHostedService, IAsyncDisposable
{
    /// <summary>The platform's hosts container, where lock and status blobs live.</summary>
    public const string HostsContainerName = "azure-webjobs-hosts";

    private readonly TimerTriggerDefinition _trigger;
    private readonly TimerSchedule _schedule;
    private readonly bool _useMonitor;
    private readonly Func<TimerInfo, CancellationToken, Task> _invoke;
    private readonly TimerListenerLease _lease;
    private readonly TimerStatusBlob _status;
    private readonly TimerTriggerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _abortInvocation = new();
    private Task? _run;
    private int _disposed;
    private bool _lostBeforeRun;

    /// <summary>Creates a listener; nothing runs before <see cref="StartAsync"/>.</summary>
    /// <param name="trigger">The function's name and trigger attribute values.</param>
    /// <param name="invoke">Invokes the function with the trigger value and the invocation's token.</param>
    /// <param name="hostsContainer">Container for lock and status blobs (<see cref="HostsContainerName"/> on the app's storage); created when missing.</param>
    /// <param name="options">Lease and stop tunables, validated here.</param>
    /// <param name="timeProvider">All waiting and the schedule's clock and time zone (<see cref="TimeProvider.LocalTimeZone"/>, as the platform uses local time).</param>
    /// <param name="logger">Logger for this function's timer.</param>
    /// <exception cref="ArgumentException">The schedule is invalid; the message names the function and the schedule.</exception>
    /// <exception cref="OptionsValidationException">An option is out of range.</exception>
    public TimerTriggerListener(
        TimerTriggerDefinition trigger,
        Func<TimerInfo, CancellationToken, Task> invoke,
        BlobContainerClient hostsContainer,
        TimerTriggerOptions options,
        TimeProvider timeProvider,
        ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(invoke);
        ArgumentNullException.ThrowIfNull(hostsContainer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        var validation = new TimerTriggerOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(TimerTriggerOptions.SectionName, typeof(TimerTriggerOptions), validation.Failures);
        }

        _trigger = trigger;
        _schedule = TimerSchedule.Parse(trigger.FunctionName, trigger.Schedule);
        _useMonitor = trigger.UseMonitor && !_schedule.IsMoreThanOncePerMinute;
        _invoke = invoke;
        _options = options;
        _time = timeProvider;
        _logger = logger;
        _lease = new TimerListenerLease(hostsContainer, options.HostId, trigger.FunctionName, options.LeasePeriod);
        _status = new TimerStatusBlob(hostsContainer, options.HostId, trigger.FunctionName);
    }

    /// <summary>The function this listener runs.</summary>
    public string FunctionName => _trigger.FunctionName;

    /// <summary>Whether the schedule status is persisted and passed to the function (<c>UseMonitor</c> after the frequency rule).</summary>
    public bool UsesMonitor => _useMonitor;

    /// <summary>Starts competing for the lease in the background; returns at once.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (_run is not null)
        {
            throw new InvalidOperationException($"The timer listener of '{FunctionName}' has already been started.");
        }

        _run = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Stops waiting for occurrences, lets a running invocation finish for up to
    /// <see cref="TimerTriggerOptions.StopGracePeriod"/> (or until <paramref name="cancellationToken"/> is
    /// cancelled), then cancels its token, waits for it and releases the lease.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_run is null || (_run.IsCompleted && _stopping.IsCancellationRequested))
        {
            return;
        }

        // The grace timer starts before anything yields, so that the grace period counts from this call.
        using var graceEnded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var grace = Task.Delay(_options.StopGracePeriod, _time, graceEnded.Token);
        await _stopping.CancelAsync();
        if (await Task.WhenAny(_run, grace) != _run)
        {
            Log.StopGraceElapsed(_logger, FunctionName, _options.StopGracePeriod);
            await _abortInvocation.CancelAsync();
        }

        await graceEnded.CancelAsync();
        await _run;
    }

    /// <summary>Stops (as <see cref="StopAsync"/>) when still running, then frees resources.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await StopAsync(CancellationToken.None);
        _stopping.Dispose();
        _abortInvocation.Dispose();
    }
}
