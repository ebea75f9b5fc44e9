using Integration.Core.Changes;
using Integration.Core.Records;

namespace Integration.Core.Processing;

/// <summary>The engine's view of "this record may have changed": events, resyncs and parked records merged per record.</summary>
/// <param name="System">The plan's name of the record's system.</param>
/// <param name="ObjectName">The record's object.</param>
/// <param name="RecordId">The record's id.</param>
/// <param name="Kind">The strongest change notified.</param>
/// <param name="CommittedAt">The earliest commit time notified (for latency).</param>
/// <param name="Lane">Live unless only resyncs notified it.</param>
/// <param name="MergedIds">For a merge: the merged-away ids.</param>
/// <param name="Parked">The reference park it comes back from (its bounded wait goes on), if any.</param>
/// <param name="Held">The pause hold it comes back from, if any.</param>
/// <param name="Mappings">The only mappings it is for (a record held by a paused mapping); null for every mapping of the object.</param>
internal sealed record RecordNotice(
    string System,
    string ObjectName,
    string RecordId,
    ChangeKind Kind,
    DateTimeOffset CommittedAt,
    WriteLane Lane,
    IReadOnlyList<string> MergedIds,
    ParkedChange? Parked,
    ParkedChange? Held = null,
    IReadOnlySet<string>? Mappings = null)
{
    public bool IsFor(string mapping) => Mappings is null || Mappings.Contains(mapping);

    /// <summary>Write this side's values wherever the other side differs (<see cref="Changes.ResyncRequest.Repair"/>).</summary>
    public bool Repair { get; init; }

    public RecordNotice Merge(RecordNotice other) => this with
    {
        Repair = Repair || other.Repair,
        Kind = Strongest(Kind, other.Kind),
        CommittedAt = CommittedAt <= other.CommittedAt ? CommittedAt : other.CommittedAt,
        Lane = Lane == WriteLane.Live || other.Lane == WriteLane.Live ? WriteLane.Live : WriteLane.Bulk,
        MergedIds = [.. MergedIds.Union(other.MergedIds, StringComparer.Ordinal)],
        Parked = Parked ?? other.Parked,
        Held = Held ?? other.Held,
        Mappings = Mappings is null || other.Mappings is null ? null : new HashSet<string>(Mappings.Union(other.Mappings), StringComparer.Ordinal),
    };

    /// <summary>A merge outranks a delete, which outranks anything else: the record's read state decides the rest.</summary>
    private static ChangeKind Strongest(ChangeKind left, ChangeKind right) =>
        left == ChangeKind.Merge || right == ChangeKind.Merge ? ChangeKind.Merge
        : left == ChangeKind.Delete || right == ChangeKind.Delete ? ChangeKind.Delete
        : left;
}
