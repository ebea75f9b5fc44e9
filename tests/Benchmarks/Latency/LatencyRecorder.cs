using Integration.Core.Records;

namespace Integration.Benchmarks.Latency;

/// <summary>
/// Source commit to destination acknowledgement, per write command: the processor's enqueue of a command for a record
/// notes its <c>CommittedAt</c>; the first acknowledged destination write of that record afterwards closes it. A command
/// enqueued with an older source version than one already acknowledged for its record is not awaited: the writer's
/// version guard drops it (two processor flushes at once can enqueue an older read after a newer one was written).
/// </summary>
internal sealed class LatencyRecorder(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Dictionary<DateTimeOffset, RecordVersion>> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecordVersion> _acknowledgedVersions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TraceEvent>> _history = new(StringComparer.Ordinal);
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
            Superseded = 0;
            AcknowledgedRecords = 0;
            _firstAck = _lastAck = null;
            _measuring = true;
        }
    }

    /// <summary>Commands enqueued with a source version older than one acknowledged for their record (dropped by the version guard).</summary>
    public long Superseded { get; private set; }

    public void Enqueued(string externalId, DateTimeOffset committedAt, RecordVersion version)
    {
        lock (_gate)
        {
            if (_acknowledgedVersions.TryGetValue(externalId, out var acknowledged) && version < acknowledged)
            {
                Superseded++;
                return;
            }

            if (!_pending.TryGetValue(externalId, out var commits))
            {
                _pending[externalId] = commits = [];
            }

            commits[committedAt] = commits.TryGetValue(committedAt, out var known) && known > version ? known : version;
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

                if (_pending.Remove(id, out var commits))
                {
                    var newest = commits.Values.Max();
                    _acknowledgedVersions[id] = _acknowledgedVersions.TryGetValue(id, out var known) && known > newest ? known : newest;
                    if (_measuring)
                    {
                        _samplesMs.AddRange(commits.Keys.Select(c => (now - c).TotalMilliseconds));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Notes what happened to a record (a command enqueued, a write answered), kept as data and formatted only by
    /// <see cref="History"/> for the records found differing at the end.
    /// </summary>
    public void Trace(string id, string what, string key, IReadOnlyDictionary<string, System.Text.Json.JsonElement> fields, RecordVersion? version = null)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (!_history.TryGetValue(id, out var events))
            {
                _history[id] = events = [];
            }

            events.Add(new TraceEvent(now, what, key, fields, version));
        }
    }

    /// <summary>What <see cref="Trace"/> noted for <paramref name="id"/>, a line per event.</summary>
    public IReadOnlyList<string> History(string id)
    {
        lock (_gate)
        {
            return _history.TryGetValue(id, out var events) ? [.. events.Select(e => e.ToString())] : [];
        }
    }

    /// <summary>The latencies measured, in milliseconds, sorted.</summary>
    /// <summary>Records with a command enqueued and no write acknowledged since (a few of them, for the report).</summary>
    public IReadOnlyList<string> PendingRecords(int max)
    {
        lock (_gate)
        {
            return [.. _pending.Where(p => p.Value.Count > 0).OrderBy(p => p.Key, StringComparer.Ordinal).Take(max).Select(Describe)];
        }
    }

    /// <summary>A pending record for the report: its key, the versions awaited, and the newest one acknowledged before.</summary>
    private string Describe(KeyValuePair<string, Dictionary<DateTimeOffset, RecordVersion>> pending) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{pending.Key}: awaiting {string.Join(", ", pending.Value.Values.Order().Select(v => v.ModifiedAt.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture)))}; last written {(_acknowledgedVersions.TryGetValue(pending.Key, out var v) ? v.ModifiedAt.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture) : "never")}");

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

    private readonly record struct TraceEvent(
        DateTimeOffset At, string What, string Key, IReadOnlyDictionary<string, System.Text.Json.JsonElement> Fields, RecordVersion? Version)
    {
        public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{At:HH:mm:ss.fff} {What}{(Version is { } v ? $" version {v.ModifiedAt:HH:mm:ss.fff}" : "")} by {Key}: {string.Join("|", Fields.Values)}");
    }
}
