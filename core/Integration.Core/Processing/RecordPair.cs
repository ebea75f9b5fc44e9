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
    MappedRecord? MappedB)
{
    public SourceRecord? On(SyncSide side) => side == SyncSide.A ? A : B;

    public MappedRecord? MappedFrom(SyncSide side) => side == SyncSide.A ? MappedA : MappedB;
}
