using Azure.Storage.Queues;
using Integration.Functions.LocalHost.Catalog;
using Integration.Functions.LocalHost.HostJson;
using Integration.Functions.LocalHost.Invocation;
using Integration.Functions.Storage;
using Microsoft.Extensions.Options;

namespace Integration.Functions.LocalHost.Queues;

/// <summary>Starts one <see cref="QueueTriggerListener"/> per queue-triggered function and drains them on shutdown.</summary>
internal sealed class QueueListenersHostedService(
    FunctionCatalog catalog,
    FunctionInvoker invoker,
    IConfiguration configuration,
    IOptions<QueueHostOptions> options,
    IOptions<QueueListenerOptions> listenerOptions,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private const int MaxQueueNameLength = 63;
    private const string PoisonSuffix = "-poison";
    private readonly List<QueueTriggerListener> _listeners = [];
    private bool _disposed;
    private Task? _stop;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (function, trigger) in catalog.WithTrigger<QueueFunctionTrigger>())
        {
            var listener = new QueueTriggerListener(
                function,
                ClientsFor(trigger),
                invoker,
                options.Value,
                listenerOptions.Value,
                timeProvider,
                loggerFactory.CreateLogger($"Host.Triggers.Queues.{function.Name}"));
            _listeners.Add(listener);
            listener.Start();
        }

        return Task.CompletedTask;
    }

    // WebApplicationFactory stops the real app's host while (or after) the app's own run disposes it: one stop
    // serves every caller, and disposal waits for it.
    public Task StopAsync(CancellationToken cancellationToken) =>
        _disposed ? Task.CompletedTask : _stop ??= Task.WhenAll(_listeners.Select(l => l.StopAsync(cancellationToken)));

    public async ValueTask DisposeAsync()
    {
        if (_stop is { } stop)
        {
            await stop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _disposed = true;
        foreach (var listener in _listeners)
        {
            await listener.DisposeAsync();
        }
    }

    private QueueClients ClientsFor(QueueFunctionTrigger trigger)
    {
        var connection = StorageConnection.FromConfiguration(configuration, trigger.Connection);
        var service = connection.CreateQueueServiceClient(options.Value.MessageEncoding);
        QueueClient? poison = trigger.QueueName.EndsWith(PoisonSuffix, StringComparison.Ordinal) || trigger.QueueName.Length + PoisonSuffix.Length > MaxQueueNameLength
            ? null
            : service.GetQueueClient(trigger.QueueName + PoisonSuffix);
        var table = connection.CreateTableServiceClient().GetTableClient(listenerOptions.Value.PoisonErrorTable);
        return new QueueClients(service.GetQueueClient(trigger.QueueName), poison, new PoisonErrorStore(table, timeProvider));
    }
}
