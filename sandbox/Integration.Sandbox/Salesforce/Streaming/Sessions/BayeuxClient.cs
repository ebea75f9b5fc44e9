using Integration.Sandbox.Salesforce.Tenancy;

namespace Integration.Sandbox.Salesforce.Streaming.Sessions;

/// <summary>
/// A handshaken CometD client: its org, browser cookie, subscriptions and connect state. A client that sends
/// no connect within the reconnect timeout after a response is expired; a second connect, a disconnect or a
/// server-side drop interrupts the connect being held.
/// </summary>
internal sealed class BayeuxClient(string clientId, SalesforceOrg org, string browserId, DateTimeOffset now)
{
    private readonly List<ChannelSubscription> _subscriptions = [];
    private TaskCompletionSource _interrupt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset _lastResponse = now;
    private int _connectsHeld;

    public string ClientId { get; } = clientId;
    public SalesforceOrg Org { get; } = org;
    public string BrowserId { get; } = browserId;
    public Lock Gate { get; } = new();
    public bool Dropped { get; private set; }

    /// <summary>Whether a connect was answered yet; CometD answers the first connect at once.</summary>
    public bool Connected { get; set; }

    public IReadOnlyList<ChannelSubscription> Subscriptions => _subscriptions;

    /// <summary>Whether a connect is being held now.</summary>
    public bool ConnectHeld => Volatile.Read(ref _connectsHeld) > 0;

    public bool IsExpired(DateTimeOffset now, TimeSpan reconnectTimeout)
    {
        lock (Gate)
        {
            return Dropped || (_connectsHeld == 0 && now - _lastResponse > reconnectTimeout);
        }
    }

    public void Subscribe(ChannelSubscription subscription)
    {
        lock (Gate)
        {
            _subscriptions.RemoveAll(s => s.Channel == subscription.Channel);
            _subscriptions.Add(subscription);
        }
    }

    public bool Unsubscribe(string channel)
    {
        lock (Gate)
        {
            return _subscriptions.RemoveAll(s => s.Channel == channel) > 0;
        }
    }

    /// <summary>Starts a connect: interrupts any connect still held and returns the signal that interrupts this one.</summary>
    public Task BeginConnect()
    {
        lock (Gate)
        {
            _connectsHeld++;
            var previous = _interrupt;
            _interrupt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            previous.TrySetResult();
            return _interrupt.Task;
        }
    }

    public void EndConnect(DateTimeOffset now)
    {
        lock (Gate)
        {
            _connectsHeld--;
            _lastResponse = now;
            Connected = true;
        }
    }

    /// <summary>The server forgets the client (disconnect, session drop): a held connect returns at once.</summary>
    public void Drop()
    {
        lock (Gate)
        {
            Dropped = true;
            _interrupt.TrySetResult();
        }
    }
}
