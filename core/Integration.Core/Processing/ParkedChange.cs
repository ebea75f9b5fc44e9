using Integration.Core.Changes;
using Integration.Core.Records;

namespace Integration.Core.Processing;

/// <summary>
/// A record handed back to the caller for a delayed retry: the caller re-enqueues it after
/// <see cref="SyncEngineOptions.ParkRetryDelay"/> and hands it back in <see cref="ProcessingBatch.Parked"/>.
/// Two reasons: a <c>lookup</c> it carries points to a parent with no counterpart yet (after
/// <see cref="SyncEngineOptions.ParkMaxWait"/> it becomes a <see cref="SyncError"/>), or its mapping is paused
/// (<see cref="Held"/>: held for as long as the pause lasts, never an error, and on return only that mapping handles it).
/// </summary>
/// <param name="System">The plan's name of the record's system.</param>
/// <param name="ObjectName">The record's object.</param>
/// <param name="RecordId">The record's id.</param>
/// <param name="Mapping">The mapping that parked or held it.</param>
/// <param name="Reason">The unresolved reference (object and id), or the pause.</param>
/// <param name="Attempts">How many times it was parked (1 the first time), or held.</param>
/// <param name="FirstParkedAt">When it was first parked, or first held.</param>
/// <param name="CommittedAt">When the source committed the original change, kept for latency.</param>
/// <param name="Held">True when held because <see cref="Mapping"/> is paused. Default false (parked for a reference).</param>
/// <param name="Kind">The notified change, kept while held so a reported delete or merge is not lost. Default update.</param>
/// <param name="Lane">The lane its writes take, kept while held (a held resync stays on the bulk lane). Default live.</param>
/// <param name="MergedIds">For a held merge: the merged-away ids. Default none.</param>
public sealed record ParkedChange(
    string System,
    string ObjectName,
    string RecordId,
    string Mapping,
    string Reason,
    int Attempts,
    DateTimeOffset FirstParkedAt,
    DateTimeOffset CommittedAt,
    bool Held = false,
    ChangeKind Kind = ChangeKind.Update,
    WriteLane Lane = WriteLane.Live,
    IReadOnlyList<string>? MergedIds = null);
