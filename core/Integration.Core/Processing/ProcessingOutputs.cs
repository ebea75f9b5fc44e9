using Integration.Core.Conflicts;
using Integration.Core.Writing;

namespace Integration.Core.Processing;

/// <summary>The ports a processed batch is flushed to: the writes queues, the conflict log and the error log.</summary>
public sealed class ProcessingOutputs
{
    private readonly IWriteQueue _writes;
    private readonly IConflictLog _conflicts;
    private readonly ISyncErrorLog _errors;

    /// <summary>Creates the outputs.</summary>
    /// <param name="writes">The writes queues.</param>
    /// <param name="conflicts">The conflict log.</param>
    /// <param name="errors">The error log.</param>
    public ProcessingOutputs(IWriteQueue writes, IConflictLog conflicts, ISyncErrorLog errors)
    {
        _writes = writes;
        _conflicts = conflicts;
        _errors = errors;
    }

    internal async Task FlushAsync(ProcessingRun run, CancellationToken cancellationToken)
    {
        foreach (var bySystem in run.Commands.GroupBy(c => c.TargetSystem, StringComparer.Ordinal))
        {
            await _writes.EnqueueAsync(bySystem.Key, [.. bySystem], cancellationToken);
        }

        if (run.Conflicts.Count > 0)
        {
            await _conflicts.RecordAsync(run.Conflicts, cancellationToken);
        }

        if (run.Errors.Count > 0)
        {
            await _errors.RecordAsync(run.Errors, cancellationToken);
        }
    }
}
