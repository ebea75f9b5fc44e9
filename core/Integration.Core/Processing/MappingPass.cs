using Integration.Core.CrossReference;
using Integration.Core.Plans;
using Integration.Core.Records;

namespace Integration.Core.Processing;

/// <summary>One mapping applied to the notified records of one (system, object) group, read on <see cref="Side"/>.</summary>
internal sealed record MappingPass(
    MigrationPlan Plan,
    ObjectMapping Mapping,
    SyncSide Side,
    IReadOnlyList<RecordNotice> Notices,
    IReadOnlyDictionary<string, SourceRecord> Records,
    ProcessingRun Run)
{
    public SyncSide Other => Side == SyncSide.A ? SyncSide.B : SyncSide.A;

    public ObjectEndpoint EndpointOf(SyncSide side) => side == SyncSide.A ? Mapping.Source : Mapping.Destination;
}
