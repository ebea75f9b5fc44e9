using System.Globalization;
using Integration.Functions.LocalHost.Catalog;
using Integration.Functions.LocalHost.Invocation;
using Integration.Functions.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Integration.Functions.LocalHost.Timers;

/// <summary>Starts one <see cref="TimerTriggerListener"/> per timer-triggered function and stops them on shutdown.</summary>
internal sealed class TimerListenersHostedService(
    FunctionCatalog catalog,
    FunctionInvoker invoker,
    IConfiguration configuration,
    IOptions<TimerTriggerOptions> options,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private readonly List<TimerTriggerListener> _listeners = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var timers = catalog.WithTrigger<TimerFunctionTrigger>().ToList();
        if (timers.Count == 0)
        {
            return;
        }

        // Timer locks and status live on the host's own storage account, as on the platform.
        var hosts = StorageConnection.FromConfiguration(configuration)
            .CreateBlobServiceClient()
            .GetBlobContainerClient(TimerTriggerListener.HostsContainerName);
        foreach (var (function, trigger) in timers)
        {
            var definition = new TimerTriggerDefinition(function.Name, trigger.Schedule, trigger.Timer.RunOnStartup, trigger.Timer.UseMonitor);
            var listener = new TimerTriggerListener(
                definition,
                (timer, ct) => InvokeAsync(function, timer, ct),
                hosts,
                options.Value,
                timeProvider,
                loggerFactory.CreateLogger($"Host.Triggers.Timer.{function.Name}"));
            _listeners.Add(listener);
            await listener.StartAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_listeners.Select(l => l.StopAsync(cancellationToken)));

    public async ValueTask DisposeAsync()
    {
        foreach (var listener in _listeners)
        {
            await listener.DisposeAsync();
        }
    }

    private Task<FunctionResult> InvokeAsync(FunctionDescriptor function, TimerInfo timer, CancellationToken cancellationToken)
    {
        var reason = timer.IsPastDue
            ? "Timer fired for a past-due occurrence."
            : string.Create(CultureInfo.InvariantCulture, $"Timer fired at {timeProvider.GetLocalNow():O}.");
        return invoker.InvokeAsync(function, new InvocationRequest(timer, reason), cancellationToken);
    }
}
