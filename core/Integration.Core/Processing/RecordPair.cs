using Integration.Core.CrossReference;
using Integration.Core.Mapping;
using Integration.Core.Plans;
using Integration.Core.Records;

namespace Integration.Core.Processing;

/// <summary>A record and its counterpart as read now, with their cross-reference row and both mapped directions.</summary>
internal sealed record RecordPair(
    ObjectMapping Mapping,
    SourceRecord? A,
    SourceRecord? B,
    CrossReferenceEntry? Entry,
    MappedRecord? MappedA,
    MappedRecord? MappedB,
    SyncSide? Unread = null)
{
    public SourceRecord? On(SyncSide side) => side == SyncSide.A ? A : B;

    /// <summary>Whether the record on <paramref name="side"/> exists: read, or linked but not read (<see cref="Unread"/>).</summary>
    public bool Exists(SyncSide side) => On(side) is not null || Unread == side;

    /// <summary>The linked id on <paramref name="side"/> when that record was not read.</summary>
    public string? UnreadId(SyncSide side) => Unread == side ? Entry?.IdOn(side) : null;

    public MappedRecord? MappedFrom(SyncSide side) => side == SyncSide.A ? MappedA : MappedB;
}
