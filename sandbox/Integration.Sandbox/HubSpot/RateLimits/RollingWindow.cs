namespace Integration.Sandbox.HubSpot.RateLimits;

/// <summary>Admitted requests of the last <c>window</c>, by time: a rolling (not fixed) window.</summary>
internal sealed class RollingWindow(TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _admitted = new();

    /// <summary>Admits one request when fewer than <paramref name="limit"/> were admitted in the window.</summary>
    public bool TryAdmit(DateTimeOffset now, int limit, out int remaining)
    {
        while (_admitted.Count > 0 && now - _admitted.Peek() >= window)
        {
            _admitted.Dequeue();
        }

        if (_admitted.Count >= limit)
        {
            remaining = 0;
            return false;
        }

        _admitted.Enqueue(now);
        remaining = limit - _admitted.Count;
        return true;
    }

    public void Clear() => _admitted.Clear();
}
