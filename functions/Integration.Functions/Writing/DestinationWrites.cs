using System.Text.Json;
using Integration.Core.Plans;
using Integration.Core.Writing;
using Integration.Functions.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Writing;

/// <summary>What every writer function does with one writes-queue message: write it, then re-enqueue or dead-letter what the vendor asked to retry.</summary>
public sealed partial class DestinationWrites(
    DestinationWriter writer,
    QueueWriteQueue writes,
    IDeadLetterStore deadLetters,
    IOptions<WriteRetryOptions> options,
    TimeProvider time,
    ILogger<DestinationWrites> logger)
{
    /// <summary>Writes the commands of <paramref name="message"/> (from the writes queue of <paramref name="kind"/>); returns once their outcome is durable.</summary>
    /// <exception cref="JsonException">The message is not a <see cref="WritesMessage"/> (the platform retries it, then moves it to the poison queue).</exception>
    public async Task<WriteBatchResult> WriteAsync(SystemKind kind, string message, CancellationToken cancellationToken)
    {
        var parsed = JsonSerializer.Deserialize<WritesMessage>(message, MessageJson.Options)
            ?? throw new JsonException($"A message on the {kind} writes queue is JSON null; a writes message was expected.");
        var result = await writer.WriteAsync(parsed.Commands, cancellationToken);
        if (result.NeedsRetry)
        {
            var attempt = parsed.Attempt + 1;
            if (attempt >= options.Value.MaxAttempts)
            {
                var now = time.GetUtcNow();
                await deadLetters.AddAsync(
                    [.. result.Retry.Select(c => new DeadLetter(c, "retries-exhausted", $"Still retryable after {attempt} attempts.", [], now))],
                    cancellationToken);
                LogExhausted(logger, kind, result.Retry.Count, attempt);
            }
            else
            {
                await writes.EnqueueRetryAsync(result.Retry, attempt, options.Value.RetryDelay, cancellationToken);
                LogRetry(logger, kind, result.Retry.Count, attempt, options.Value.RetryDelay);
            }
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} writes: {Count} commands re-enqueued as attempt {Attempt}, visible in {Delay}")]
    private static partial void LogRetry(ILogger logger, SystemKind kind, int count, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Kind} writes: {Count} commands dead-lettered after {Attempt} attempts")]
    private static partial void LogExhausted(ILogger logger, SystemKind kind, int count, int attempt);
}
