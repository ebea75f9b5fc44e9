using Integration.Core;
using Integration.Core.Processing;
using Integration.Functions.Batching;
using Integration.Functions.Metrics;
using Integration.Functions.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Processing;

/// <summary>
/// The processor's flushes: the changes messages in flight on this instance are merged into one
/// <see cref="ChangeProcessor"/> batch (one source read per object for all of them, one writes message per
/// destination), and its parked records are re-enqueued before any of the messages completes.
/// </summary>
public sealed partial class ChangeFlushes : IDisposable
{
    private readonly ChangeProcessor _processor;
    private readonly ChangesQueue _changes;
    private readonly IOptionsMonitor<SyncEngineOptions> _engine;
    private readonly SyncMetrics _metrics;
    private readonly ILogger<ChangeFlushes> _logger;
    private readonly InvocationCoalescer<ProcessingBatch, ProcessingResult> _coalescer;

    /// <summary>Creates the flushes of this instance.</summary>
    public ChangeFlushes(
        ChangeProcessor processor,
        ChangesQueue changes,
        IOptionsMonitor<SyncEngineOptions> engine,
        IOptions<BatchingOptions> batching,
        SyncMetrics metrics,
        TimeProvider time,
        ILogger<ChangeFlushes> logger)
    {
        ArgumentNullException.ThrowIfNull(batching);
        _processor = processor;
        _changes = changes;
        _engine = engine;
        _metrics = metrics;
        _logger = logger;
        var options = batching.Value;
        _coalescer = new(FlushAsync, new CoalescerSettings(options.Linger, options.MaxChanges, options.MaxConcurrentFlushes), time);
    }

    /// <summary>Processes <paramref name="batch"/> with the others in flight, or by itself when <paramref name="alone"/>.</summary>
    /// <returns>The result of the flush that held it.</returns>
    public Task<ProcessingResult> ProcessAsync(ProcessingBatch batch, bool alone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return alone
            ? _coalescer.RunAloneAsync(batch, cancellationToken)
            : _coalescer.SubmitAsync(batch, Weight(batch), cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => _coalescer.Dispose();

    private static int Weight(ProcessingBatch batch) =>
        batch.Changes.Count + (batch.Resyncs?.Count ?? 0) + (batch.Parked?.Count ?? 0);

    private async Task<ProcessingResult> FlushAsync(IReadOnlyList<ProcessingBatch> batches, CancellationToken cancellationToken)
    {
        var merged = batches.Count == 1
            ? batches[0]
            : new ProcessingBatch(
                [.. batches.SelectMany(b => b.Changes)],
                [.. batches.SelectMany(b => b.Resyncs ?? [])],
                [.. batches.SelectMany(b => b.Parked ?? [])]);
        var result = await _processor.ProcessAsync(merged, cancellationToken);
        if (result.Parked.Count > 0)
        {
            await _changes.EnqueueParkedAsync(result.Parked, _engine.CurrentValue.ParkRetryDelay, cancellationToken);
        }

        _metrics.RecordProcessing(result);
        LogProcessed(_logger, batches.Count, result.EventsIn, result.RecordsRead, result.WritesOut, result.EchoesDropped, result.Conflicts, result.Errors, result.Parked.Count);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Changes processed ({Messages} messages): {EventsIn} in, {RecordsRead} read, {WritesOut} writes, {Echoes} echoes dropped, {Conflicts} conflicts, {Errors} errors, {Parked} parked")]
    private static partial void LogProcessed(ILogger logger, int messages, int eventsIn, int recordsRead, int writesOut, int echoes, int conflicts, int errors, int parked);
}
