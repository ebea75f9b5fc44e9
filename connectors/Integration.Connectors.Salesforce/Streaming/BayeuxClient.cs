using System.Text.Json.Nodes;

namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>
/// The Bayeux long-polling exchanges of one CometD session: handshake (asking for the replay extension),
/// subscribe with a replay id, connect, disconnect. Keeps the client id and the latest advice; decides
/// nothing about failures (the subscription does).
/// </summary>
internal sealed class BayeuxClient(BayeuxTransport transport, SalesforceStreamingOptions options)
{
    /// <summary>Added to the advised long-poll time, so the server answers before our timeout fires.</summary>
    private static readonly TimeSpan LongPollGrace = TimeSpan.FromSeconds(10);

    public string? ClientId { get; private set; }

    /// <summary>The latest advice (handshake or connect reply); null before any.</summary>
    public BayeuxAdvice? Advice { get; private set; }

    public BayeuxTransport Transport => transport;

    /// <summary>Handshakes; on success the reply's client id is kept. Returns the handshake reply.</summary>
    public async Task<BayeuxMessage> HandshakeAsync(CancellationToken cancellationToken)
    {
        ClientId = null;
        var reply = Reply(await transport.SendAsync(
            new BayeuxMessage
            {
                Channel = BayeuxChannels.Handshake,
                Version = BayeuxChannels.Version,
                SupportedConnectionTypes = [BayeuxChannels.LongPolling],
                Ext = new JsonObject { ["replay"] = true },
            },
            options.RequestTimeout,
            cancellationToken), BayeuxChannels.Handshake);
        Advice = reply.Advice ?? Advice;
        if (reply.Successful == true)
        {
            ClientId = reply.ClientId ?? throw new SalesforceStreamingException("Salesforce Streaming API accepted the handshake without a clientId.");
        }

        return reply;
    }

    /// <summary>Subscribes to <paramref name="channel"/>, replaying after <paramref name="replayId"/> (-1 new only, -2 all retained).</summary>
    public async Task<BayeuxMessage> SubscribeAsync(string channel, long replayId, CancellationToken cancellationToken) =>
        Reply(await transport.SendAsync(
            new BayeuxMessage
            {
                Channel = BayeuxChannels.Subscribe,
                ClientId = RequireClientId(),
                Subscription = channel,
                Ext = new JsonObject { ["replay"] = new JsonObject { [channel] = replayId } },
            },
            options.RequestTimeout,
            cancellationToken), BayeuxChannels.Subscribe);

    /// <summary>One long poll: the events delivered and the connect reply.</summary>
    public async Task<(IReadOnlyList<BayeuxMessage> Events, BayeuxMessage Reply)> ConnectAsync(CancellationToken cancellationToken)
    {
        var messages = await transport.SendAsync(
            new BayeuxMessage
            {
                Channel = BayeuxChannels.Connect,
                ClientId = RequireClientId(),
                ConnectionType = BayeuxChannels.LongPolling,
            },
            ConnectTimeout(),
            cancellationToken);
        var reply = Reply(messages, BayeuxChannels.Connect);
        Advice = reply.Advice ?? Advice;
        return (messages.Where(m => !m.Channel.StartsWith("/meta/", StringComparison.Ordinal)).ToList(), reply);
    }

    /// <summary>Ends the session on the server; the client id is forgotten whatever the answer.</summary>
    public async Task DisconnectAsync(CancellationToken cancellationToken)
    {
        var clientId = RequireClientId();
        ClientId = null;
        await transport.SendAsync(
            new BayeuxMessage { Channel = BayeuxChannels.Disconnect, ClientId = clientId },
            options.RequestTimeout,
            cancellationToken);
    }

    /// <summary>Forgets the session without telling the server (it was refused or lost); the next step handshakes.</summary>
    public void Forget() => ClientId = null;

    /// <summary>The connect's HTTP timeout: the configured one, or the advised hold time plus a grace when that is longer.</summary>
    public TimeSpan ConnectTimeout()
    {
        var advised = Advice?.Timeout is > 0 and var ms ? TimeSpan.FromMilliseconds(ms) + LongPollGrace : TimeSpan.Zero;
        return advised > options.ConnectTimeout ? advised : options.ConnectTimeout;
    }

    private string RequireClientId() =>
        ClientId ?? throw new InvalidOperationException("No Bayeux session: handshake first.");

    private static BayeuxMessage Reply(IReadOnlyList<BayeuxMessage> messages, string channel) =>
        messages.FirstOrDefault(m => m.Is(channel))
        ?? throw new SalesforceStreamingException($"Salesforce Streaming API answered {channel} without a {channel} reply ({messages.Count} message(s)).");
}
