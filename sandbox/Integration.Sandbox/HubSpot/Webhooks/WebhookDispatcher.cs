using System.Text.Json.Nodes;
using System.Threading.Channels;
using Integration.Sandbox.Faults;
using Integration.Sandbox.HubSpot.Objects;

namespace Integration.Sandbox.HubSpot.Webhooks;

/// <summary>
/// A portal's outbound webhooks: matching changes become events on a queue; a background loop takes up to 100
/// queued events per batch and hands each batch to a delivery (at most <c>MaxConcurrentRequests</c> at once),
/// which signs, sends and retries it with back-off. Delivery faults drop, duplicate, reorder or delay events.
/// </summary>
internal sealed class WebhookDispatcher(long portalId, IHttpClientFactory clients, TimeProvider time, CancellationToken stopping) : IDisposable
{
    public const int MaxBatch = 100;
    private readonly Lock _gate = new();
    private Channel<JsonObject> _queue = Channel.CreateUnbounded<JsonObject>();
    private CancellationTokenSource? _run;
    private long _eventId;

    public WebhookConfiguration? Configuration { get; private set; }

    public DeliveryFaultInjector Faults { get; } = new();

    public WebhookStats Stats { get; } = new();

    /// <summary>Sets the target and subscriptions and starts the delivery loop (restarting it when it ran).</summary>
    public void Configure(WebhookConfiguration configuration)
    {
        lock (_gate)
        {
            StopLoop();
            Configuration = configuration;
            _queue = Channel.CreateUnbounded<JsonObject>();
            _run = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            var delivery = new WebhookDelivery(configuration, clients, time, Stats);
            var queue = _queue;
            var token = _run.Token;
            _ = Task.Run(() => RunAsync(queue, delivery, token), CancellationToken.None);
        }
    }

    /// <summary>Removes the subscription; queued and in-flight events are abandoned.</summary>
    public void Remove()
    {
        lock (_gate)
        {
            StopLoop();
            Configuration = null;
        }
    }

    public void Publish(IReadOnlyList<ChangeNotice> changes)
    {
        var configuration = Configuration;
        if (configuration is null || changes.Count == 0)
        {
            return;
        }

        var duplicates = new List<JsonObject>();
        var writer = _queue.Writer;
        foreach (var change in changes)
        {
            foreach (var subscription in configuration.Subscriptions.Where(s => s.Matches(change)))
            {
                var json = WebhookEventJson.Build(change, subscription, Interlocked.Increment(ref _eventId), portalId, configuration.AppId);
                if (Faults.Fires(DeliveryFaultKind.Drop))
                {
                    Stats.Dropped();
                    continue;
                }

                if (Faults.Fires(DeliveryFaultKind.Duplicate))
                {
                    Stats.Duplicated();
                    duplicates.Add((JsonObject)json.DeepClone());
                }

                Stats.Queued(1);
                writer.TryWrite(json);
            }
        }

        foreach (var copy in duplicates)
        {
            writer.TryWrite(copy);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            StopLoop();
        }
    }

    private void StopLoop()
    {
        _run?.Cancel();
        _run?.Dispose();
        _run = null;
        _queue.Writer.TryComplete();
    }

    private async Task RunAsync(Channel<JsonObject> queue, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(delivery.Configuration.MaxConcurrentRequests);
        try
        {
            while (await queue.Reader.WaitToReadAsync(cancellationToken))
            {
                var batch = new List<JsonObject>(MaxBatch);
                while (batch.Count < MaxBatch && queue.Reader.TryRead(out var item))
                {
                    batch.Add(item);
                }

                var events = batch.ToArray();
                if (Faults.Fires(DeliveryFaultKind.Reorder))
                {
                    Faults.Shuffle(events);
                }

                var delay = Faults.Delay();
                await slots.WaitAsync(cancellationToken);
                _ = Task.Run(() => DeliverThenReleaseAsync(delivery, events, delay, slots, cancellationToken), CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The subscription was replaced or the sandbox is stopping.
        }
    }

    private async Task DeliverThenReleaseAsync(WebhookDelivery delivery, JsonObject[] events, TimeSpan delay, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, cancellationToken);
            }

            await delivery.DeliverAsync(events, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Abandoned with its loop.
        }
        finally
        {
            try
            {
                slots.Release();
            }
            catch (ObjectDisposedException)
            {
                // The loop ended while this delivery was in flight.
            }
        }
    }
}
