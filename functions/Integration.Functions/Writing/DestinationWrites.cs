using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Storage.Queues.Models;
using Integration.Core.Plans;
using Integration.Core.Writing;
using Integration.Functions.Batching;
using Integration.Functions.Metrics;
using Integration.Functions.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Writing;

/// <summary>
/// What every writer function does with one writes-queue message: its commands are written together with those of
/// the other messages in flight for the same kind of destination on this instance (one <see cref="DestinationWriter"/>
/// batch, so full vendor batches under load), then the message's own commands that the vendor asked to retry are
/// re-enqueued or dead-lettered. A message seen before (dequeue count above 1) is written by itself. Records another
/// batch wrote at the same time get a repair resync on the changes queue (<see cref="WriteBatchResult.Repairs"/>).
/// </summary>
public sealed partial class DestinationWrites : IDisposable
{
    private readonly DestinationWriter _writer;
    private readonly QueueWriteQueue _writes;
    private readonly ChangesQueue _changes;
    private readonly IDeadLetterStore _deadLetters;
    private readonly IOptions<WriteRetryOptions> _options;
    private readonly SyncMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<DestinationWrites> _logger;
    private readonly Dictionary<SystemKind, InvocationCoalescer<IReadOnlyList<WriteCommand>, WriteBatchResult>> _coalescers;
    private readonly ConcurrentDictionary<WriteCommand, bool> _heldOnce = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates the writes of this instance.</summary>
    public DestinationWrites(
        DestinationWriter writer,
        QueueWriteQueue writes,
        ChangesQueue changes,
        IDeadLetterStore deadLetters,
        IOptions<WriteRetryOptions> options,
        IOptions<BatchingOptions> batching,
        SyncMetrics metrics,
        TimeProvider time,
        ILogger<DestinationWrites> logger)
    {
        ArgumentNullException.ThrowIfNull(batching);
        _writer = writer;
        _writes = writes;
        _changes = changes;
        _deadLetters = deadLetters;
        _options = options;
        _metrics = metrics;
        _time = time;
        _logger = logger;
        var settings = new CoalescerSettings(batching.Value.Linger, batching.Value.MaxWrites, batching.Value.MaxConcurrentFlushes);
        _coalescers = Enum.GetValues<SystemKind>().ToDictionary(
            kind => kind,
            kind => new InvocationCoalescer<IReadOnlyList<WriteCommand>, WriteBatchResult>(
                (messages, cancellationToken) => FlushAsync(kind, messages, chunk => HoldForNextFlush(kind, chunk), cancellationToken), settings, time));
    }

    /// <summary>Writes the commands of <paramref name="message"/> (from the writes queue of <paramref name="kind"/>); returns once their outcome is durable.</summary>
    /// <returns>The result of the writer batch that held the message's commands (its counts cover every message of that batch).</returns>
    /// <exception cref="JsonException">The message is not a <see cref="WritesMessage"/> (the platform retries it, then moves it to the poison queue).</exception>
    public async Task<WriteBatchResult> WriteAsync(SystemKind kind, QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var parsed = message.Body.ToObjectFromJson<WritesMessage>(MessageJson.Options)
            ?? throw new JsonException($"A message on the {kind} writes queue is JSON null; a writes message was expected.");
        var coalescer = _coalescers[kind];
        var result = message.DequeueCount > 1
            ? await FlushAsync(kind, [parsed.Commands], holdPartialChunk: null, cancellationToken)
            : await coalescer.SubmitAsync(parsed.Commands, parsed.Commands.Count, cancellationToken);
        var own = new HashSet<WriteCommand>(parsed.Commands, ReferenceEqualityComparer.Instance);
        var retry = result.Retry.Where(own.Contains).ToList();
        var held = result.Held.Where(own.Contains).ToList();
        if (held.Count > 0)
        {
            // Left out of a partial vendor call while more was waiting: written by the next flush, first in line (and
            // never held twice); the message completes only then.
            foreach (var command in held)
            {
                _heldOnce[command] = true;
            }

            try
            {
                var next = await coalescer.SubmitAsync(held, held.Count, ahead: true, cancellationToken);
                retry.AddRange(next.Retry.Where(own.Contains));
            }
            finally
            {
                foreach (var command in held)
                {
                    _heldOnce.TryRemove(command, out _);
                }
            }
        }

        if (retry.Count > 0)
        {
            await RetryOrDeadLetterAsync(kind, retry, parsed.Attempt + 1, cancellationToken);
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var coalescer in _coalescers.Values)
        {
            coalescer.Dispose();
        }
    }

    private async Task<WriteBatchResult> FlushAsync(
        SystemKind kind, IReadOnlyList<IReadOnlyList<WriteCommand>> messages, Func<IReadOnlyList<WriteCommand>, bool>? holdPartialChunk, CancellationToken cancellationToken)
    {
        var result = await _writer.WriteAsync(messages.Count == 1 ? messages[0] : [.. messages.SelectMany(m => m)], holdPartialChunk, cancellationToken);
        if (result.Repairs.Count > 0)
        {
            // Durable before any message of the batch completes: the records are re-read and re-written if their counterparts differ.
            await _changes.EnqueueAsync([], result.Repairs, cancellationToken);
            var records = result.Repairs.Sum(r => r.RecordIds?.Count ?? 0);
            LogRepairs(_logger, kind, records);
        }

        _metrics.RecordWrites(result, kind.ToString());
        return result;
    }

    /// <summary>
    /// Whether a flush leaves its partial last chunk to the next flush: yes when more messages are already waiting (the
    /// chunk then fills up there instead of spending a vendor call on a part batch), unless one of its commands was held
    /// before.
    /// </summary>
    private bool HoldForNextFlush(SystemKind kind, IReadOnlyList<WriteCommand> chunk) =>
        _coalescers[kind].Pending > 0 && !chunk.Any(_heldOnce.ContainsKey);

    private async Task RetryOrDeadLetterAsync(SystemKind kind, List<WriteCommand> retry, int attempt, CancellationToken cancellationToken)
    {
        if (attempt >= _options.Value.MaxAttempts)
        {
            var now = _time.GetUtcNow();
            await _deadLetters.AddAsync(
                [.. retry.Select(c => new DeadLetter(c, "retries-exhausted", $"Still retryable after {attempt} attempts.", [], now))],
                cancellationToken);
            LogExhausted(_logger, kind, retry.Count, attempt);
        }
        else
        {
            await _writes.EnqueueRetryAsync(retry, attempt, _options.Value.RetryDelay, cancellationToken);
            LogRetry(_logger, kind, retry.Count, attempt, _options.Value.RetryDelay);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} writes: {Count} records were written concurrently by another batch; repair resyncs enqueued")]
    private static partial void LogRepairs(ILogger logger, SystemKind kind, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} writes: {Count} commands re-enqueued as attempt {Attempt}, visible in {Delay}")]
    private static partial void LogRetry(ILogger logger, SystemKind kind, int count, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Kind} writes: {Count} commands dead-lettered after {Attempt} attempts")]
    private static partial void LogExhausted(ILogger logger, SystemKind kind, int count, int attempt);
}
