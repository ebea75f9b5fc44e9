namespace Integration.Connectors.RequestBudget.Internal;

/// <summary>
/// A log of the instants requests were granted, so that at most <see cref="Limit"/> fall in any
/// rolling <see cref="Length"/>: exact for a rolling window, unlike a refilling bucket, which can
/// let a full burst through at the end of one window and another at the start of the next.
/// </summary>
internal sealed class SlidingWindow(int limit, TimeSpan length)
{
    private readonly Queue<DateTimeOffset> _grants = new();

    public int Limit { get; set; } = limit;

    public TimeSpan Length { get; set; } = length;

    public int CountAt(DateTimeOffset now)
    {
        while (_grants.Count > 0 && _grants.Peek() + Length <= now)
        {
            _grants.Dequeue();
        }

        return _grants.Count;
    }

    /// <summary>How long from <paramref name="now"/> until one more grant fits; zero when it fits now.</summary>
    public TimeSpan WaitAt(DateTimeOffset now)
    {
        var count = CountAt(now);
        if (count < Limit)
        {
            return TimeSpan.Zero;
        }

        // The grant that must expire is the (count - Limit + 1)-th oldest.
        var expiring = _grants.ElementAt(count - Limit);
        return expiring + Length - now;
    }

    public void Record(DateTimeOffset now, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _grants.Enqueue(now);
        }
    }
}
