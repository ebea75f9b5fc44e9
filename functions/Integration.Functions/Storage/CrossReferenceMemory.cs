using Integration.Core.CrossReference;

namespace Integration.Functions.Storage;

/// <summary>
/// The cross-reference rows one process saw lately, keyed by (mapping, side, id); an id read with no row is remembered as
/// absent. Kept in two generations that rotate every <c>keepFor</c>, so a row is forgotten between one and two periods after
/// it was last seen and the memory holds at most two periods' worth of rows. A read does not replace a row written after
/// the read began (its answer may predate that write): every write takes a new sequence number, every read the number
/// current when it began.
/// </summary>
internal sealed class CrossReferenceMemory(TimeSpan keepFor, TimeProvider time)
{
    private readonly Lock _gate = new();
    private Dictionary<(string Mapping, SyncSide Side, string Id), Seen> _current = [];
    private Dictionary<(string Mapping, SyncSide Side, string Id), Seen> _previous = [];
    private DateTimeOffset _rotatedAt = time.GetUtcNow();
    private long _sequence;

    // A zero period turns the memory off.
    private bool Enabled => keepFor > TimeSpan.Zero;

    /// <summary>The sequence number a read takes when it begins.</summary>
    public long ReadBegins()
    {
        lock (_gate)
        {
            return _sequence;
        }
    }

    /// <summary>What a read that began at <paramref name="readBegan"/> found for <paramref name="id"/> (null: no row).</summary>
    public void Read(string mapping, SyncSide side, string id, CrossReferenceEntry? entry, long readBegan)
    {
        if (!Enabled)
        {
            return;
        }

        lock (_gate)
        {
            Rotate();
            var key = (mapping, side, id);
            if (!TryFind(key, out var seen) || seen.Sequence <= readBegan)
            {
                _current[key] = new Seen(entry, readBegan);
            }
        }
    }

    /// <summary>A row this process stored: remembered under both its ids.</summary>
    public void Wrote(CrossReferenceEntry entry)
    {
        if (!Enabled)
        {
            return;
        }

        lock (_gate)
        {
            Rotate();
            var sequence = ++_sequence;
            foreach (var side in Sides)
            {
                if (entry.IdOn(side) is { } id)
                {
                    _current[(entry.Mapping, side, id)] = new Seen(entry, sequence);
                }
            }
        }
    }

    /// <summary>An id whose row this process removed: remembered as absent.</summary>
    public void Removed(string mapping, SyncSide side, string id)
    {
        if (!Enabled)
        {
            return;
        }

        lock (_gate)
        {
            Rotate();
            _current[(mapping, side, id)] = new Seen(null, ++_sequence);
        }
    }

    /// <summary>An id whose row is not what this process thinks (a write's ETag did not match): read again next time.</summary>
    public void Forget(string mapping, SyncSide side, string id)
    {
        lock (_gate)
        {
            var key = (mapping, side, id);
            _current.Remove(key);
            _previous.Remove(key);
        }
    }

    /// <summary>Whether <paramref name="id"/> is remembered; <paramref name="entry"/> is then its row, or null for none.</summary>
    public bool TryRecall(string mapping, SyncSide side, string id, out CrossReferenceEntry? entry)
    {
        entry = null;
        if (!Enabled)
        {
            return false;
        }

        lock (_gate)
        {
            Rotate();
            var found = TryFind((mapping, side, id), out var seen);
            entry = seen.Entry;
            return found;
        }
    }

    private static readonly SyncSide[] Sides = [SyncSide.A, SyncSide.B];

    private bool TryFind((string, SyncSide, string) key, out Seen seen) =>
        _current.TryGetValue(key, out seen) || _previous.TryGetValue(key, out seen);

    private void Rotate()
    {
        var now = time.GetUtcNow();
        if (now - _rotatedAt < keepFor)
        {
            return;
        }

        // Two periods without a rotation: everything is old.
        _previous = now - _rotatedAt >= keepFor * 2 ? [] : _current;
        _current = [];
        _rotatedAt = now;
    }

    private readonly record struct Seen(CrossReferenceEntry? Entry, long Sequence);
}
