namespace Integration.Sandbox.NetSuite.Webhooks;

/// <summary>Per-account webhook counters reported by the control API.</summary>
internal sealed class WebhookStats
{
    private long _sent;
    private long _dropped;
    private long _duplicated;
    private long _failed;

    public long Sent => Interlocked.Read(ref _sent);

    public long Dropped => Interlocked.Read(ref _dropped);

    public long Duplicated => Interlocked.Read(ref _duplicated);

    public long Failed => Interlocked.Read(ref _failed);

    public void CountSent() => Interlocked.Increment(ref _sent);

    public void CountDropped() => Interlocked.Increment(ref _dropped);

    public void CountDuplicated() => Interlocked.Increment(ref _duplicated);

    public void CountFailed() => Interlocked.Increment(ref _failed);

    public void Reset()
    {
        Interlocked.Exchange(ref _sent, 0);
        Interlocked.Exchange(ref _dropped, 0);
        Interlocked.Exchange(ref _duplicated, 0);
        Interlocked.Exchange(ref _failed, 0);
    }
}
