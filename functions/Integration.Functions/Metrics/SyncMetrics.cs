using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Integration.Core.Processing;
using Integration.Core.Writing;
using Integration.Functions.Admin.Status;

namespace Integration.Functions.Metrics;

/// <summary>
/// The pipeline's instruments on the meter <see cref="MeterName"/>. Functions call <see cref="RecordProcessing"/> after
/// each change batch and <see cref="RecordWrites"/> after each write batch; queue depths and stream lags are observed
/// from the last values handed to <see cref="ObserveQueueDepths"/> and <see cref="ObserveStreams"/>.
/// </summary>
public sealed class SyncMetrics
{
    /// <summary>The meter's name, to enable in an exporter (<c>AddMeter("Integration")</c>).</summary>
    public const string MeterName = "Integration";

    private readonly Counter<long> _eventsIn;
    private readonly Counter<long> _writesOut;
    private readonly Counter<long> _conflicts;
    private readonly Counter<long> _echoesDropped;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _held;
    private readonly Histogram<double> _streamLag;
    private readonly ConcurrentDictionary<string, int> _queueDepths = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, double> _streamLags = new(StringComparer.Ordinal);

    /// <summary>Creates the instruments on a meter from <paramref name="meters"/>.</summary>
    public SyncMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _eventsIn = meter.CreateCounter<long>("integration.events.in", "{event}", "Change events, resync requests and parked records received by the change processor.");
        _writesOut = meter.CreateCounter<long>("integration.writes.out", "{write}", "Write commands by outcome: enqueued by the processor, or written, superseded, dead-lettered, failed or retried by the writer.");
        _conflicts = meter.CreateCounter<long>("integration.conflicts", "{field}", "Fields changed on both sides and settled by the source of truth.");
        _echoesDropped = meter.CreateCounter<long>("integration.echoes.dropped", "{record}", "Records dropped as echoes of our own writes.");
        _errors = meter.CreateCounter<long>("integration.errors", "{record}", "Records surfaced to the sync error log.");
        _held = meter.CreateCounter<long>("integration.records.held", "{record}", "Records held back by the change processor because their mapping is paused (counted each time they come round).");
        _streamLag = meter.CreateHistogram<double>("integration.stream.lag", "s", "Source commit to checkpoint commit, per stream.");
        meter.CreateObservableGauge("integration.queue.depth", ObserveDepths, "{message}", "Approximate messages per pipeline queue, as last read.");
        meter.CreateObservableGauge("integration.stream.lag.current", ObserveLags, "s", "Lag of each stream's last checkpoint, as last read.");
    }

    /// <summary>Counts what one change batch did.</summary>
    public void RecordProcessing(ProcessingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _eventsIn.Add(result.EventsIn);
        _writesOut.Add(result.WritesOut, new KeyValuePair<string, object?>("outcome", "enqueued"));
        _conflicts.Add(result.Conflicts);
        _echoesDropped.Add(result.EchoesDropped);
        _errors.Add(result.Errors, new KeyValuePair<string, object?>("stage", "processor"));
        _held.Add(result.Held);
    }

    /// <summary>Counts what one write batch to <paramref name="system"/> came to.</summary>
    public void RecordWrites(WriteBatchResult result, string? system = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var target = new KeyValuePair<string, object?>("system", system ?? "unknown");
        _writesOut.Add(result.Written, new KeyValuePair<string, object?>("outcome", "written"), target);
        _writesOut.Add(result.Superseded, new KeyValuePair<string, object?>("outcome", "superseded"), target);
        _writesOut.Add(result.DeadLettered, new KeyValuePair<string, object?>("outcome", "dead-lettered"), target);
        _writesOut.Add(result.Retry.Count, new KeyValuePair<string, object?>("outcome", "retry"), target);
        _errors.Add(result.Errors, new KeyValuePair<string, object?>("stage", "writer"), target);
    }

    /// <summary>Records the lag of a checkpoint commit: <paramref name="lag"/> from the source's commit of its last event.</summary>
    public void RecordStreamLag(string stream, TimeSpan lag)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stream);
        _streamLag.Record(lag.TotalSeconds, new KeyValuePair<string, object?>("stream", stream));
        _streamLags[stream] = lag.TotalSeconds;
    }

    /// <summary>Keeps the depths for the <c>integration.queue.depth</c> gauge.</summary>
    public void ObserveQueueDepths(IEnumerable<QueueDepth> depths)
    {
        ArgumentNullException.ThrowIfNull(depths);
        foreach (var depth in depths)
        {
            _queueDepths[depth.Queue] = depth.ApproximateMessages;
        }
    }

    /// <summary>Keeps the streams' lags for the <c>integration.stream.lag.current</c> gauge.</summary>
    public void ObserveStreams(IEnumerable<StreamStatus> streams)
    {
        ArgumentNullException.ThrowIfNull(streams);
        foreach (var stream in streams.Where(s => s.Lag is not null))
        {
            _streamLags[stream.Stream] = stream.Lag!.Value.TotalSeconds;
        }
    }

    private IEnumerable<Measurement<int>> ObserveDepths() =>
        _queueDepths.Select(p => new Measurement<int>(p.Value, new KeyValuePair<string, object?>("queue", p.Key)));

    private IEnumerable<Measurement<double>> ObserveLags() =>
        _streamLags.Select(p => new Measurement<double>(p.Value, new KeyValuePair<string, object?>("stream", p.Key)));
}
