using System.Text.Json;
using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Streaming.Sessions;

namespace Integration.Sandbox.Salesforce.Streaming.Bayeux;

/// <summary>
/// <c>/meta/subscribe</c> and <c>/meta/unsubscribe</c>. The replay extension maps the channel to -1 (new events only,
/// the default), -2 (every retained event) or a replay id (the events after it); an id that is purged or was never
/// issued fails the subscribe with Salesforce's text, which has two spaces after "invalid.".
/// </summary>
internal static class MetaSubscribe
{
    public static JsonObject Handle(BayeuxExchange exchange, JsonObject request)
    {
        var client = ClientCheck.Admit(exchange, request, out var failure);
        if (client is null)
        {
            return WithSubscription(failure!, request);
        }

        var channel = request["subscription"] is JsonValue value && value.TryGetValue<string>(out var name) ? name : null;
        string? entityName = null;
        var error = channel switch
        {
            null or "" => "400::Channel name not specified",
            _ when !channel.StartsWith('/') => "400::Channel subscriptions must start with a leading '/'",
            _ when !ChangeEventChannel.TryParse(channel, out entityName) => $"400::The channel you requested to subscribe to does not exist {{{channel}}}",
            _ => null,
        };
        if (error is not null)
        {
            return WithSubscription(BayeuxReply.Failure(request, error), request);
        }

        if (BayeuxReply.Channel(request) == "/meta/unsubscribe")
        {
            client.Unsubscribe(channel!);
            return WithSubscription(BayeuxReply.Success(request), request);
        }

        var (replayId, replayText) = ReplayId(request, channel!);
        if (replayId is null || !client.Org.ChangeEvents.TryResolveReplay(replayId.Value, out var position))
        {
            return WithSubscription(BayeuxReply.Failure(request,
                $"400::The replayId {{{replayText}}} you provided was invalid.  Please provide a valid ID, -2 to replay all events, or -1 to replay only new events."), request);
        }

        client.Subscribe(new ChannelSubscription(channel!, entityName, position));
        return WithSubscription(BayeuxReply.Success(request), request);
    }

    private static (long? Id, string Text) ReplayId(JsonObject request, string channel)
    {
        var node = ((request["ext"] as JsonObject)?["replay"] as JsonObject)?[channel];
        if (node is null)
        {
            return (-1, "-1");
        }

        return node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<long>(out var id)
            ? (id, id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : (null, node.ToJsonString());
    }

    private static JsonObject WithSubscription(JsonObject reply, JsonObject request)
    {
        if (request["subscription"] is { } subscription)
        {
            reply["subscription"] = subscription.DeepClone();
        }

        return reply;
    }
}
