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
        Kind = other.Kind is ChangeKind.Merge ? ChangeKind.Merge : Kind,
        CommittedAt = CommittedAt <= other.CommittedAt ? CommittedAt : other.CommittedAt,
        Lane = Lane == WriteLane.Live || other.Lane == WriteLane.Live ? WriteLane.Live : WriteLane.Bulk,
        MergedIds = [.. MergedIds.Union(other.MergedIds, StringComparer.Ordinal)],
        Parked = Parked ?? other.Parked,
    };
}
