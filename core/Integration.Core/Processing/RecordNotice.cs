using Integration.Core.Changes;
using Integration.Core.Records;

namespace Integration.Core.Processing;

/// <summary>The engine's view of "this record may have changed": events, resyncs and parked records merged per record.</summary>
internal sealed record RecordNotice(
    string System,
    string ObjectName,
    string RecordId,
    ChangeKind Kind,
    DateTimeOffset CommittedAt,
    WriteLane Lane,
    IReadOnlyList<string> MergedIds,
    ParkedChange? Parked)
{
    public RecordNotice Merge(RecordNotice other) => this with
    {
        Kind = Strongest(Kind, other.Kind),
        CommittedAt = CommittedAt <= other.CommittedAt ? CommittedAt : other.CommittedAt,
        Lane = Lane == WriteLane.Live || other.Lane == WriteLane.Live ? WriteLane.Live : WriteLane.Bulk,
        MergedIds = [.. MergedIds.Union(other.MergedIds, StringComparer.Ordinal)],
        Parked = Parked ?? other.Parked,
    };

    /// <summary>A merge outranks a delete, which outranks anything else: the record's read state decides the rest.</summary>
    private static ChangeKind Strongest(ChangeKind left, ChangeKind right) =>
        left == ChangeKind.Merge || right == ChangeKind.Merge ? ChangeKind.Merge
        : left == ChangeKind.Delete || right == ChangeKind.Delete ? ChangeKind.Delete
        : left;
}
