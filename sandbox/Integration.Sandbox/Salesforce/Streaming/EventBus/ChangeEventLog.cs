namespace Integration.Sandbox.Salesforce.Streaming.EventBus;

/// <summary>
/// The retained events of one org in replay order, addressed by absolute positions that survive purging (a
/// duplicated event occupies two positions with one replay id). Purged events leave from the front. Not
/// thread-safe: <see cref="ChangeEventBus"/> serializes access.
/// </summary>
internal sealed class ChangeEventLog
{
    private const int CompactAfter = 4_096;
    private readonly List<RetainedEvent> _items = [];
    private long _removed;
    private int _head;

    /// <summary>Position of the oldest retained event.</summary>
    public long Start => _removed + _head;

    /// <summary>Position the next event will get.</summary>
    public long End => _removed + _items.Count;

    public int Count => _items.Count - _head;

    /// <summary>The replay id of the newest purged event; ids at or after it can still be resumed from.</summary>
    public long PurgedThrough { get; private set; }

    public RetainedEvent this[long position] => _items[(int)(position - _removed)];

    public void Append(RetainedEvent retained) => _items.Add(retained);

    /// <summary>Purges events retained before <paramref name="oldest"/> and any beyond <paramref name="max"/>.</summary>
    public void Purge(DateTimeOffset oldest, int max)
    {
        while (Count > 0 && (Count > max || _items[_head].RetainedAt < oldest))
        {
            PurgedThrough = _items[_head].ReplayId;
            _head++;
        }

        if (_head > CompactAfter && _head * 2 > _items.Count)
        {
            _items.RemoveRange(0, _head);
            _removed += _head;
            _head = 0;
        }
    }

    /// <summary>The position of the first event whose replay id is greater than <paramref name="replayId"/>.</summary>
    public long PositionAfter(long replayId)
    {
        var low = _head;
        var high = _items.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_items[middle].ReplayId <= replayId)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return _removed + low;
    }

    /// <summary>Purges everything; ids up to <paramref name="purgedThrough"/> can still be resumed from.</summary>
    public void Clear(long purgedThrough)
    {
        PurgedThrough = purgedThrough;
        _removed += _items.Count;
        _items.Clear();
        _head = 0;
    }
}
