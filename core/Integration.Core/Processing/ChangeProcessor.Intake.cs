using Integration.Core.Changes;
using Integration.Core.Mapping;
using Integration.Core.Plans;
using Integration.Core.Records;

namespace Integration.Core.Processing;

public sealed partial class ChangeProcessor
{
    /// <summary>Merges events, resyncs by id and parked records into one notice per record; drops our own writes (fast path).</summary>
    private Dictionary<(string, string, string), RecordNotice> Intake(ProcessingBatch batch, ProcessingRun run)
    {
        var notices = new Dictionary<(string, string, string), RecordNotice>();
        foreach (var change in batch.Changes)
        {
            run.EventsIn++;
            if (_echoes.IsOwnWrite(change))
            {
                run.EchoesDropped += change.RecordIds.Count;
                continue;
            }

            if (change.Kind == ChangeKind.Merge && change.RecordIds.Count > 0)
            {
                Add(notices, new RecordNotice(
                    change.System, change.ObjectName, change.RecordIds[0], ChangeKind.Merge, change.CommittedAt, WriteLane.Live, [.. change.RecordIds.Skip(1)], null));
                continue;
            }

            foreach (var id in change.RecordIds)
            {
                Add(notices, new RecordNotice(change.System, change.ObjectName, id, change.Kind, change.CommittedAt, WriteLane.Live, [], null));
            }
        }

        foreach (var resync in batch.Resyncs ?? [])
        {
            run.EventsIn++;
            foreach (var id in resync.RecordIds ?? [])
            {
                Add(notices, new RecordNotice(resync.System, resync.ObjectName, id, ChangeKind.Update, run.StartedAt, WriteLane.Bulk, [], null)
                {
                    Repair = resync.Repair,
                });
            }
        }

        foreach (var parked in batch.Parked ?? [])
        {
            run.EventsIn++;
            Add(notices, parked.Held
                ? new RecordNotice(parked.System, parked.ObjectName, parked.RecordId, parked.Kind, parked.CommittedAt, parked.Lane, parked.MergedIds ?? [], null,
                    parked, new HashSet<string>([parked.Mapping], StringComparer.Ordinal))
                : new RecordNotice(parked.System, parked.ObjectName, parked.RecordId, ChangeKind.Update, parked.CommittedAt, WriteLane.Live, [], parked));
        }

        return notices;
    }

    /// <summary>Resyncs by modification time (no ids) list the records modified since then, one stream per request.</summary>
    private async Task ExpandResyncsAsync(
        MigrationPlan plan, ProcessingBatch batch, Dictionary<(string, string, string), RecordNotice> notices, ProcessingRun run, CancellationToken cancellationToken)
    {
        foreach (var resync in (batch.Resyncs ?? []).Where(r => r.RecordIds is null))
        {
            var fields = plan.Mappings
                .SelectMany(m => new[] { (m, Side: CrossReference.SyncSide.A, End: m.Source), (m, Side: CrossReference.SyncSide.B, End: m.Destination) })
                .Where(x => x.End.System == resync.System && x.End.Object == resync.ObjectName)
                .SelectMany(x => FieldValues.ReadFields(x.m, x.Side))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var options = new RecordStreamOptions(ModifiedSince: resync.ModifiedSince);
            var reader = _connectors.For(plan, resync.System).Reader;
            await foreach (var record in reader.StreamAsync(resync.ObjectName, fields, options, cancellationToken))
            {
                Add(notices, new RecordNotice(resync.System, resync.ObjectName, record.Id, ChangeKind.Update, run.StartedAt, WriteLane.Bulk, [], null));
            }
        }
    }

    private static void Add(Dictionary<(string, string, string), RecordNotice> notices, RecordNotice notice)
    {
        var key = (notice.System, notice.ObjectName, notice.RecordId);
        notices[key] = notices.TryGetValue(key, out var known) ? known.Merge(notice) : notice;
    }
}
