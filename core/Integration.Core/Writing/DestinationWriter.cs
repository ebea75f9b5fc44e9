using Integration.Core.Connectors;
using Integration.Core.CrossReference;
using Integration.Core.Processing;
using Integration.Core.Records;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integration.Core.Writing;

/// <summary>
/// The destination writer: writes one batch of a writes queue. Commands are grouped per (system, object, operation,
/// external-id field, lane); per record only the newest command is kept; the version guard drops what was superseded
/// (<see cref="VersionGuard"/>); the rest is upserted by external id (or deleted) in chunks of the vendor's
/// <see cref="IRecordWriter.MaxBatchSize"/>; then each written record's cross-reference row is updated (ids, version,
/// fingerprints; several rows at once) with ETag concurrency, re-reading and re-guarding on conflict. Per-record validation errors go to the
/// dead-letter store; retryable ones come back in <see cref="WriteBatchResult.Retry"/>. Exceptions from the vendor
/// call (throttling beyond the connector's resilience, outages) propagate so that the queue message is retried.
/// </summary>
public sealed partial class DestinationWriter
{
    private readonly IPlanProvider _plans;
    private readonly SystemConnectors _connectors;
    private readonly ICrossReferenceStore _crossReference;
    private readonly IDeadLetterStore _deadLetters;
    private readonly ISyncErrorLog _errors;
    private readonly IOptionsMonitor<SyncEngineOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DestinationWriter> _logger;

    /// <summary>Creates the writer.</summary>
    /// <param name="plans">The active plan (systems to connectors).</param>
    /// <param name="connectors">The systems' connectors (writers).</param>
    /// <param name="crossReference">The cross-reference store.</param>
    /// <param name="deadLetters">Where rejected writes go.</param>
    /// <param name="errors">Where cross-reference failures are surfaced.</param>
    /// <param name="options">Engine options (cross-reference retries).</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    public DestinationWriter(
        IPlanProvider plans,
        SystemConnectors connectors,
        ICrossReferenceStore crossReference,
        IDeadLetterStore deadLetters,
        ISyncErrorLog errors,
        IOptionsMonitor<SyncEngineOptions> options,
        TimeProvider time,
        ILogger<DestinationWriter> logger)
    {
        _plans = plans;
        _connectors = connectors;
        _crossReference = crossReference;
        _deadLetters = deadLetters;
        _errors = errors;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Writes <paramref name="commands"/> (one writes-queue batch).</summary>
    /// <param name="commands">The commands, any order; duplicates and stale ones are dropped.</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    /// <returns>Counts, and the commands to retry.</returns>
    public Task<WriteBatchResult> WriteAsync(IReadOnlyList<WriteCommand> commands, CancellationToken cancellationToken) =>
        WriteAsync(commands, holdPartialChunk: null, cancellationToken);

    /// <summary>
    /// Writes <paramref name="commands"/> (one writes-queue batch), possibly leaving a group's last, partial chunk to a
    /// later batch: under load every vendor call should carry a full batch, since the destination's call budget is
    /// what limits the throughput.
    /// </summary>
    /// <param name="commands">The commands, in the order they should be written; duplicates and stale ones are dropped.</param>
    /// <param name="holdPartialChunk">
    /// Asked, just before it would be written, about a group's last chunk when it is not full and follows a full one:
    /// true leaves its commands unwritten, returned in <see cref="WriteBatchResult.Held"/>. Null: every chunk is written.
    /// </param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    /// <returns>Counts, the commands to retry, and those held.</returns>
    public async Task<WriteBatchResult> WriteAsync(
        IReadOnlyList<WriteCommand> commands, Func<IReadOnlyList<WriteCommand>, bool>? holdPartialChunk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var plan = await _plans.GetActivePlanAsync(cancellationToken);
        var tally = new WriteTally();
        var perRecord = commands.GroupBy(c => (c.Mapping, c.TargetSide, c.SourceId)).ToList();
        var newest = perRecord.Select(g => g.OrderBy(c => c.SourceVersion).Last()).ToList();
        tally.Superseded += commands.Count - newest.Count;

        // A repair superseded by a newer plain command may carry fields that command lacks: re-read and repair again.
        tally.Raced.AddRange(perRecord.Zip(newest)
            .Where(x => !x.Second.Repair && x.First.Any(c => c.Repair))
            .Select(x => x.Second));
        foreach (var group in newest.GroupBy(c => (c.TargetSystem, c.TargetObject, c.Operation, c.ExternalIdField, c.Lane)))
        {
            var writer = _connectors.For(plan, group.Key.TargetSystem).Writer;
            var rows = await ReadRowsAsync([.. group], cancellationToken);
            var accepted = group.Where(c => !VersionGuard.IsSuperseded(c, rows.GetValueOrDefault(RowKey(c)))).ToList();
            tally.Superseded += group.Count() - accepted.Count;
            tally.Raced.AddRange(group.Where(c => c.Repair).Except(accepted));
            // The next chunk's vendor call overlaps the previous chunk's cross-reference updates (one settles at a time).
            var settling = Task.CompletedTask;
            try
            {
                var size = Math.Max(1, writer.MaxBatchSize);
                var chunks = accepted.Chunk(size).ToList();
                for (var i = 0; i < chunks.Count; i++)
                {
                    var chunk = chunks[i];
                    if (i > 0 && i == chunks.Count - 1 && chunk.Length < size && holdPartialChunk?.Invoke(chunk) == true)
                    {
                        tally.Held.AddRange(chunk);
                        break;
                    }

                    var results = await WriteChunkAsync(writer, group.Key.TargetObject, group.Key.Operation, group.Key.ExternalIdField, group.Key.Lane, chunk, cancellationToken);
                    await settling;
                    settling = SettleAsync(chunk, results, rows, tally, cancellationToken);
                }
            }
            finally
            {
                // Even when a later vendor call failed, what was written is linked before the exception goes on.
                await settling;
            }
        }

        if (tally.DeadLetters.Count > 0)
        {
            await _deadLetters.AddAsync(tally.DeadLetters, cancellationToken);
        }

        if (tally.Errors.Count > 0)
        {
            await _errors.RecordAsync(tally.Errors, cancellationToken);
        }

        var repairs = Repairs(plan, [.. tally.Raced, .. tally.Refused]);
        LogBatch(commands.Count, tally.Written, tally.Superseded, tally.DeadLetters.Count, tally.Retry.Count, tally.Raced.Count, tally.Refused.Count, tally.Held.Count);
        return new WriteBatchResult(tally.Written, tally.Superseded, tally.DeadLetters.Count, tally.Errors.Count, tally.Retry) { Repairs = repairs, Held = tally.Held };
    }

    /// <summary>
    /// Whether a refused <paramref name="command"/> is answered by a repair rather than a dead letter: an upsert that
    /// addressed its target by id (<see cref="RecordIdKey.Field"/>) and is not itself a repair.
    /// </summary>
    private static bool RefusedById(WriteCommand command) =>
        command.Operation == WriteOperation.Upsert && command.ExternalIdField == RecordIdKey.Field && !command.Repair;

    private static Task<IReadOnlyList<RecordWriteResult>> WriteChunkAsync(
        IRecordWriter writer, string objectName, WriteOperation operation, string externalIdField, WriteLane lane, WriteCommand[] chunk, CancellationToken cancellationToken) =>
        operation == WriteOperation.Delete
            ? writer.DeleteAsync(objectName, [.. chunk.Select(c => c.TargetId!)], lane, cancellationToken)
            : writer.UpsertAsync(objectName, externalIdField, [.. chunk.Select(c => new RecordUpsert(c.ExternalId, c.Fields))], lane, cancellationToken);

    private async Task SettleAsync(
        WriteCommand[] chunk, IReadOnlyList<RecordWriteResult> results, Dictionary<(string, SyncSide, string), CrossReferenceEntry> rows, WriteTally tally, CancellationToken cancellationToken)
    {
        if (results.Count != chunk.Length)
        {
            throw new InvalidOperationException(
                $"The writer returned {results.Count} results for {chunk.Length} records of {chunk[0].TargetSystem} {chunk[0].TargetObject}; it must return one per record, in order.");
        }

        var written = new List<(WriteCommand Command, RecordWriteResult Result, CrossReferenceEntry? Row)>(chunk.Length);
        for (var i = 0; i < chunk.Length; i++)
        {
            var (command, result) = (chunk[i], results[i]);
            if (result.Failure is { Retryable: true })
            {
                tally.Retry.Add(command);
            }
            else if (result.Failure is not null && RefusedById(command))
            {
                // Addressed by the target's id, most often from the cross-reference alone (the counterpart was not
                // read): it may have been deleted on its side. A repair reads both sides and re-creates it, or
                // dead-letters its own write if that is refused too.
                tally.Refused.Add(command);
            }
            else if (result.Failure is { } failure)
            {
                tally.DeadLetters.Add(new DeadLetter(command, failure.Code, failure.Message, failure.Fields, _time.GetUtcNow()));
            }
            else
            {
                written.Add((command, result, rows.GetValueOrDefault(RowKey(command))));
            }
        }

        tally.Written += written.Count;
        var links = new LinkOutcome[written.Count];

        // First attempt of the upserts in one call (the store may send them together); deletes and conflicts one by one.
        var upserts = Enumerable.Range(0, written.Count).Where(i => written[i].Command.Operation != WriteOperation.Delete).ToList();
        var stored = await _crossReference.TryUpsertManyAsync(
            [.. upserts.Select(i => Applied(written[i].Command, written[i].Result, written[i].Row))],
            cancellationToken);
        var conflicted = new HashSet<int>();
        for (var k = 0; k < upserts.Count; k++)
        {
            if (stored[k] is null)
            {
                conflicted.Add(upserts[k]);
            }
        }

        var oneByOne = Enumerable.Range(0, written.Count).Where(i => conflicted.Contains(i) || written[i].Command.Operation == WriteOperation.Delete);
        await Parallel.ForEachAsync(
            oneByOne,
            new ParallelOptions { MaxDegreeOfParallelism = _options.CurrentValue.CrossReferenceParallelism, CancellationToken = cancellationToken },
            async (i, token) => links[i] = await LinkAsync(
                written[i].Command, written[i].Result, written[i].Row, conflicted.Contains(i), token));
        for (var i = 0; i < links.Length; i++)
        {
            if (links[i].Error is { } error)
            {
                tally.Errors.Add(error);
            }

            if (links[i].Raced)
            {
                tally.Raced.Add(written[i].Command);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Write batch: {Commands} commands, {Written} written, {Superseded} superseded, {DeadLettered} dead-lettered, {Retry} to retry, {Raced} written concurrently elsewhere and {Refused} refused by id (repair resyncs), {Held} held for the next batch")]
    private partial void LogBatch(int commands, int written, int superseded, int deadLettered, int retry, int raced, int refused, int held);
}
