using System.Text.Json.Nodes;

namespace Integration.Sandbox.HubSpot.Webhooks;

/// <summary>Delivery counters of one portal, for the control API.</summary>
internal sealed class WebhookStats
{
    private long _queued;
    private long _delivered;
    private long _dropped;
    private long _duplicated;
    private long _attempts;
    private long _failedAttempts;
    private long _abandoned;
    private int _lastStatus;

    public void Queued(int n) => Interlocked.Add(ref _queued, n);

    public void Dropped() => Interlocked.Increment(ref _dropped);

    public void Duplicated() => Interlocked.Increment(ref _duplicated);

    public void Attempted(int status, bool succeeded, int events)
    {
        Interlocked.Increment(ref _attempts);
        Volatile.Write(ref _lastStatus, status);
        if (succeeded)
        {
            Interlocked.Add(ref _delivered, events);
        }
        else
        {
            Interlocked.Increment(ref _failedAttempts);
        }
    }

    public void Abandoned(int events) => Interlocked.Add(ref _abandoned, events);

    public JsonObject ToJson() => new()
    {
        ["eventsQueued"] = Interlocked.Read(ref _queued),
        ["eventsDelivered"] = Interlocked.Read(ref _delivered),
        ["eventsDropped"] = Interlocked.Read(ref _dropped),
        ["eventsDuplicated"] = Interlocked.Read(ref _duplicated),
        ["eventsAbandoned"] = Interlocked.Read(ref _abandoned),
        ["attempts"] = Interlocked.Read(ref _attempts),
        ["failedAttempts"] = Interlocked.Read(ref _failedAttempts),
        ["lastStatus"] = Volatile.Read(ref _lastStatus),
    };

    public void Clear()
    {
        _queued = _delivered = _dropped = _duplicated = _attempts = _failedAttempts = _abandoned = 0;
        _lastStatus = 0;
    }
}
