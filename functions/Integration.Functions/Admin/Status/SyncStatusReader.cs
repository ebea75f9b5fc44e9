using Integration.Functions.Admin.DeadLetters;
using Integration.Functions.Admin.Errors;
using Integration.Functions.Admin.Mappings;
using Integration.Functions.Admin.Problems;
using Integration.Functions.Metrics;

namespace Integration.Functions.Admin.Status;

/// <summary>Gathers the status page and hands the queue depths and stream lags it read to <see cref="SyncMetrics"/>.</summary>
public sealed class SyncStatusReader(
    IStreamStatusSource streams,
    IQueueDepthSource queues,
    ISyncErrorQuery errors,
    IDeadLetterAdmin deadLetters,
    IMappingSwitches switches,
    SyncMetrics metrics,
    TimeProvider time)
{
    /// <summary>The most sync errors and dead letters the status counts (each); more are reported as this many, capped.</summary>
    public const int CountLimit = 1000;

    /// <summary>Reads the status.</summary>
    public async Task<SyncStatus> ReadAsync(CancellationToken cancellationToken)
    {
        var streamStatus = await streams.ListAsync(cancellationToken);
        var depths = await queues.ListAsync(cancellationToken);
        var errorCount = await CountOrNullAsync(ct => errors.CountAsync(CountLimit, ct), cancellationToken);
        var letterCount = await CountOrNullAsync(ct => deadLetters.CountAsync(CountLimit, ct), cancellationToken);
        var counts = new ErrorCounts(errorCount, letterCount, errorCount >= CountLimit, letterCount >= CountLimit);
        var paused = await switches.ListPausedAsync(cancellationToken);
        metrics.ObserveQueueDepths(depths);
        metrics.ObserveStreams(streamStatus);
        return new SyncStatus(streamStatus, depths, counts, paused, time.GetUtcNow());
    }

    private static async Task<long?> CountOrNullAsync(Func<CancellationToken, Task<long>> count, CancellationToken cancellationToken)
    {
        try
        {
            return await count(cancellationToken);
        }
        catch (AdminStoreUnavailableException)
        {
            // The status page still answers while an adapter is missing; the list endpoints say which one.
            return null;
        }
    }
}
