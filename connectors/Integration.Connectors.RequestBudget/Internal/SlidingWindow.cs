namespace Integration.Connectors.RequestBudget.Internal;

/// <summary>
/// A log of the instants requests counted, so that at most <see cref="Limit"/> fall in any rolling
/// <see cref="Length"/>: exact for a rolling window, unlike a refilling bucket, which can let a full
/// burst through at the end of one window and another at the start of the next. A request counts
/// from its grant and, once answered, from its answer (<see cref="Answered"/>): the vendor counted it
/// on arrival, somewhere in between, so the slot is freed no earlier than the vendor frees it.
/// </summary>
internal sealed class SlidingWindow(int limit, TimeSpan length)
{
    // Oldest first; every instant is at most the lock holder's "now", so appending keeps the order.
    private readonly LinkedList<DateTimeOffset> _counted = new();

    public int Limit { get; set; } = limit;

    public TimeSpan Length { get; set; } = length;

    public int CountAt(DateTimeOffset now)
    {
        while (_counted.First is { } oldest && oldest.Value + Length <= now)
        {
            _counted.RemoveFirst();
        }

        return _counted.Count;
    }

    /// <summary>How long from <paramref name="now"/> until one more grant fits; zero when it fits now.</summary>
    public TimeSpan WaitAt(DateTimeOffset now) => WaitAt(now, Limit, TimeSpan.Zero);

    /// <summary>
    /// How long from <paramref name="now"/> until, looking <paramref name="lookahead"/> further (counting
    /// the entries that will have expired by then as gone), fewer than <paramref name="limit"/> are
    /// counted; zero when they are now.
    /// </summary>
    public TimeSpan WaitAt(DateTimeOffset now, int limit, TimeSpan lookahead)
    {
        CountAt(now);
        var horizon = now + lookahead;
        var node = _counted.First;
        var left = _counted.Count;
        while (node is not null && node.Value + Length <= horizon)
        {
            node = node.Next;
            left--;
        }

        if (left < limit)
        {
            return TimeSpan.Zero;
        }

        // The entry that must expire is the (left - limit + 1)-th oldest still counted at the horizon.
        for (var i = 0; i < left - limit; i++)
        {
            node = node!.Next;
        }

        return node!.Value + Length - horizon;
    }

    /// <summary>Counts one request granted at <paramref name="now"/>; the entry returned moves when it is answered.</summary>
    public LinkedListNode<DateTimeOffset> Record(DateTimeOffset now) => _counted.AddLast(now);

    /// <summary>Counts <paramref name="times"/> requests made elsewhere (learned from the vendor) at <paramref name="now"/>.</summary>
    public void Record(DateTimeOffset now, int times)
    {
        for (var i = 0; i < times; i++)
        {
            _counted.AddLast(now);
        }
    }

    /// <summary>Moves a granted request's entry to <paramref name="now"/>, when its answer (or failure) arrived.</summary>
    public void Answered(LinkedListNode<DateTimeOffset> granted, DateTimeOffset now)
    {
        if (granted.List == _counted)
        {
            _counted.Remove(granted);
        }

        // An entry already expired (a request in flight longer than the window) counts again from now.
        _counted.AddLast(now);
    }
}
