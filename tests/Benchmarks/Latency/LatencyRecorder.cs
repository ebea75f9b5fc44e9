namespace Integration.Benchmarks.Latency;

/// <summary>
/// Source commit to destination acknowledgement, per write command: the processor's enqueue of a command for a record
/// notes its <c>CommittedAt</c>; the first acknowledged destination write of that record afterwards closes it.
/// </summary>
internal sealed class LatencyRecorder(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HashSet<DateTimeOffset>> _pending = new(StringComparer.Ordinal);
    private readonly List<double> _samplesMs = [];
    private bool _measuring;
    private DateTimeOffset? _firstAck;
    private DateTimeOffset? _lastAck;

    /// <summary>Destination records acknowledged since measuring started.</summary>
    public long AcknowledgedRecords { get; private set; }

    /// <summary>When the last destination write was acknowledged (any phase).</summary>
    public DateTimeOffset? LastAckAnyPhase { get; private set; }

    /// <summary>Commands enqueued and not acknowledged yet.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Values.Sum(p => p.Count);
            }
        }
    }

    /// <summary>Drops what the warm-up recorded and counts from now on.</summary>
    public void StartMeasuring()
    {
        lock (_gate)
        {
            _pending.Clear();
            _samplesMs.Clear();
            AcknowledgedRecords = 0;
            _firstAck = _lastAck = null;
            _measuring = true;
        }
    }

    public void Enqueued(string externalId, DateTimeOffset committedAt)
    {
        lock (_gate)
        {
            if (!_pending.TryGetValue(externalId, out var commits))
            {
                _pending[externalId] = commits = [];
            }

            commits.Add(committedAt);
        }
    }

    public void Acknowledged(IEnumerable<string> externalIds)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            LastAckAnyPhase = now;
            foreach (var id in externalIds)
            {
                if (_measuring)
                {
                    AcknowledgedRecords++;
                    _firstAck ??= now;
                    _lastAck = now;
                }

                if (_pending.Remove(id, out var commits) && _measuring)
                {
                    _samplesMs.AddRange(commits.Select(c => (now - c).TotalMilliseconds));
                }
            }
        }
    }

    /// <summary>The latencies measured, in milliseconds, sorted.</summary>
    /// <summary>Records with a command enqueued and no write acknowledged since (a few of them, for the report).</summary>
    public IReadOnlyList<string> PendingRecords(int max)
    {
        lock (_gate)
        {
            return [.. _pending.Where(p => p.Value.Count > 0).Select(p => p.Key).Order(StringComparer.Ordinal).Take(max)];
        }
    }

    public double[] Samples()
    {
        lock (_gate)
        {
            return [.. _samplesMs.Order()];
        }
    }

    /// <summary>First and last acknowledgement while measuring.</summary>
    public (DateTimeOffset? First, DateTimeOffset? Last) AckWindow()
    {
        lock (_gate)
        {
            return (_firstAck, _lastAck);
        }
    }
}
