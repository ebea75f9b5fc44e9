using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Streaming.EventBus;

namespace Integration.Sandbox.Salesforce.Streaming.Bayeux;

/// <summary>
/// <c>/meta/connect</c> (long polling): answered at once when events are waiting or on a client's first connect,
/// otherwise held until an event for one of its subscriptions is retained, the connect timeout passes, or the
/// session is dropped. The reply carries the advice <c>{interval:0, timeout, reconnect:"retry"}</c>.
/// </summary>
internal static class MetaConnect
{
    public static async Task<(IReadOnlyList<Delivery> Events, JsonObject Reply)> HandleAsync(BayeuxExchange exchange, JsonObject request, CancellationToken cancellationToken)
    {
        var client = ClientCheck.Admit(exchange, request, out var failure);
        if (client is null)
        {
            return ([], failure!);
        }

        var connectionType = request["connectionType"] is JsonValue value && value.TryGetValue<string>(out var type) ? type : "long-polling";
        if (connectionType != "long-polling")
        {
            return ([], BayeuxReply.Failure(request, $"400::Invalid connection type {connectionType}"));
        }

        if (client.Org.ChangeEvents.Faults.DecideSessionDrop())
        {
            exchange.Clients.Remove(client);
            return ([], BayeuxReply.Unknown(request));
        }

        // The deadline is fixed before the connect counts as held, so a clock moved after it shows as held applies.
        var deadline = exchange.Time.GetUtcNow() + exchange.Options.ConnectTimeout;
        var interrupted = client.BeginConnect();
        try
        {
            while (true)
            {
                ChannelSnapshot(client, out var subscriptions);
                var events = client.Org.ChangeEvents.Read(subscriptions, exchange.Options.MaxEventsPerConnect, out var appended);
                var remaining = deadline - exchange.Time.GetUtcNow();
                if (client.Dropped)
                {
                    return ([], BayeuxReply.Unknown(request));
                }

                if (events.Count > 0 || !client.Connected || remaining <= TimeSpan.Zero || interrupted.IsCompleted || exchange.Stopping.IsCancellationRequested)
                {
                    return (events, Connected(exchange, request));
                }

                // A stopping host answers held connects instead of waiting out their timeout.
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, exchange.Stopping);
                var timeout = Task.Delay(remaining, exchange.Time, wait.Token);
                await Task.WhenAny(appended, interrupted, timeout);
                await wait.CancelAsync();
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            client.EndConnect(exchange.Time.GetUtcNow());
        }
    }

    private static void ChannelSnapshot(Sessions.BayeuxClient client, out IReadOnlyList<Sessions.ChannelSubscription> subscriptions)
    {
        lock (client.Gate)
        {
            subscriptions = [.. client.Subscriptions];
        }
    }

    private static JsonObject Connected(BayeuxExchange exchange, JsonObject request)
    {
        var reply = BayeuxReply.Success(request);
        reply["advice"] = new JsonObject
        {
            ["interval"] = 0,
            ["timeout"] = (long)exchange.Options.ConnectTimeout.TotalMilliseconds,
            ["reconnect"] = "retry",
        };
        return reply;
    }
}
