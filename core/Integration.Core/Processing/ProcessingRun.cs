using Integration.Core.Conflicts;
using Integration.Core.Writing;

namespace Integration.Core.Processing;

/// <summary>What one batch produced so far; flushed to the ports at the end of the batch.</summary>
internal sealed class ProcessingRun(DateTimeOffset startedAt, IReadOnlySet<string> paused)
{
    public DateTimeOffset StartedAt { get; } = startedAt;

    /// <summary>The mappings paused when the batch started: their records are held, not decided.</summary>
    public IReadOnlySet<string> Paused { get; } = paused;

    public int EventsIn { get; set; }

    public int RecordsRead { get; set; }

    public int EchoesDropped { get; set; }

    public List<WriteCommand> Commands { get; } = [];

    /// <summary>Records already decided in this batch, as (mapping, side, id): a pair notified on both sides is decided once.</summary>
    public HashSet<(string Mapping, CrossReference.SyncSide Side, string Id)> Decided { get; } = [];

    public List<ConflictRecord> Conflicts { get; } = [];

    public List<SyncError> Errors { get; } = [];

    public List<ParkedChange> Parked { get; } = [];

    public ProcessingResult ToResult() =>
        new(EventsIn, RecordsRead, Commands.Count, EchoesDropped, Conflicts.Count, Errors.Count, Parked);
}
