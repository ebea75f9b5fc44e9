using Integration.Core.Conflicts;
using Integration.Core.Processing;
using Integration.Core.Writing;

namespace Integration.Core.Tests.Fakes;

/// <summary>The conflict, error and dead-letter ports, recording what they were given.</summary>
internal sealed class RecordingLogs : IConflictLog, ISyncErrorLog, IDeadLetterStore
{
    public List<ConflictRecord> Conflicts { get; } = [];

    public List<SyncError> Errors { get; } = [];

    public List<DeadLetter> DeadLetters { get; } = [];

    public Task RecordAsync(IReadOnlyList<ConflictRecord> conflicts, CancellationToken cancellationToken)
    {
        Conflicts.AddRange(conflicts);
        return Task.CompletedTask;
    }

    public Task RecordAsync(IReadOnlyList<SyncError> errors, CancellationToken cancellationToken)
    {
        Errors.AddRange(errors);
        return Task.CompletedTask;
    }

    public Task AddAsync(IReadOnlyList<DeadLetter> letters, CancellationToken cancellationToken)
    {
        DeadLetters.AddRange(letters);
        return Task.CompletedTask;
    }
}
