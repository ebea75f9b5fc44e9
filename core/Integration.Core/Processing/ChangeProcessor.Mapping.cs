using Integration.Core.CrossReference;
using Integration.Core.Mapping;
using Integration.Core.Records;

namespace Integration.Core.Processing;

public sealed partial class ChangeProcessor
{
    private async Task ProcessMappingAsync(MappingPass pass, CancellationToken cancellationToken)
    {
        var truth = await _sourceOfTruth.GetAsync(pass.Mapping, cancellationToken);
        var truthSide = string.Equals(truth.System, pass.Mapping.Source.System, StringComparison.Ordinal) ? SyncSide.A : SyncSide.B;
        var ids = pass.Notices.Select(n => n.RecordId).ToList();
        var entries = new Dictionary<string, CrossReferenceEntry>(
            await _crossReference.GetAsync(pass.Mapping.Name, pass.Side, ids, cancellationToken), StringComparer.Ordinal);
        var mergedAway = await ApplyMergesAsync(pass, entries, cancellationToken);

        var blind = Blind(pass);
        var counterparts = blind
            ? new Dictionary<string, SourceRecord>(StringComparer.Ordinal)
            : await ReadCounterpartsAsync(pass, entries.Values, cancellationToken);
        var present = ids.Select(id => pass.Records.GetValueOrDefault(id)).OfType<SourceRecord>().Where(r => !r.IsDeleted).ToList();
        var fromHere = await _references.ResolveAsync(pass.Plan, pass.Mapping, pass.Side, present, cancellationToken);
        var fromThere = await _references.ResolveAsync(pass.Plan, pass.Mapping, pass.Other, [.. counterparts.Values], cancellationToken);

        foreach (var notice in pass.Notices)
        {
            if (!pass.Run.Decided.Add((pass.Mapping.Name, pass.Side, notice.RecordId)))
            {
                continue;
            }

            var entry = entries.GetValueOrDefault(notice.RecordId);
            var record = pass.Records.GetValueOrDefault(notice.RecordId);
            if (record is null || record.IsDeleted)
            {
                // Only a delete the system reported is propagated: a record merely missing from a read (sharing
                // rules, a filter, a replica lag) must never delete its counterpart.
                if (record is { IsDeleted: true } || notice.Kind == Changes.ChangeKind.Delete)
                {
                    Delete(pass, notice, entry, record, truth.Epoch);
                }

                continue;
            }

            var counterpart = entry?.IdOn(pass.Other) is { } otherId ? counterparts.GetValueOrDefault(otherId) : null;
            var linkedUnread = blind && entry?.IdOn(pass.Other) is not null;

            // A repair distrusts the fingerprints, so it is never taken for an echo.
            if (!notice.Repair && entry is not null && (counterpart is not null || linkedUnread)
                && Echoes.EchoFilter.IsEcho(pass.Mapping, pass.Side, record, entry))
            {
                pass.Run.EchoesDropped++;
                await ObserveAsync(entry, pass.Side, record.Version, cancellationToken);
                continue;
            }

            if (entry is null && StampedBySync(pass, record) is { } stamp)
            {
                // Created by our own write (the upsert stamped the other side's id) whose row is not stored yet: deciding
                // now would take it for a record born here and create a second counterpart. It comes back once linked.
                Park(pass, notice, $"it carries {stamp.Field} = '{stamp.Value}', written by this sync, but has no cross-reference row yet");
                continue;
            }

            if (counterpart is not null)
            {
                pass.Run.Decided.Add((pass.Mapping.Name, pass.Other, counterpart.Id));
            }

            var (a, b) = pass.Side == SyncSide.A ? (record, counterpart) : (counterpart, record);
            var pair = new RecordPair(
                pass.Mapping,
                a,
                b,
                entry,
                a is null ? null : _mapper.Map(pass.Mapping, SyncSide.A, a, pass.Side == SyncSide.A ? fromHere : fromThere),
                b is null ? null : _mapper.Map(pass.Mapping, SyncSide.B, b, pass.Side == SyncSide.B ? fromHere : fromThere),
                linkedUnread ? pass.Other : null);
            await DecideAsync(pass, notice, pair, truthSide, truth.Epoch, cancellationToken);
        }

        foreach (var (loser, loserEntry) in mergedAway)
        {
            var endpoint = pass.EndpointOf(pass.Side);
            var notice = new RecordNotice(endpoint.System, endpoint.Object, loser, Changes.ChangeKind.Delete, pass.Run.StartedAt, WriteLane.Live, [], null);
            Delete(pass, notice, loserEntry, null, truth.Epoch);
        }
    }

    /// <summary>
    /// Whether the pass can decide without reading the other side: no field of the mapping lets the other side's state
    /// decide anything when this side is notified (values only flow from this side, whatever the other holds), and no
    /// notice is a repair (which must compare with the other side's actual values). Linked counterparts are then taken
    /// as holding what was last synced to them; a write skipped because the value equals that fingerprint leaves drift
    /// on the other side to that side's own notifications, which read both sides.
    /// </summary>
    private static bool Blind(MappingPass pass) =>
        !pass.Notices.Any(n => n.Repair) && pass.Mapping.Fields.All(field => FlowsOnlyFrom(pass.Side, field));

    private static bool FlowsOnlyFrom(SyncSide side, Plans.FieldMapping field) => side == SyncSide.A
        ? field.Sync is Plans.SyncRule.AlwaysFromSource or Plans.SyncRule.OnCreateOnly or Plans.SyncRule.None
            || (field.Sync == Plans.SyncRule.TwoWay && !InverseTransform.CanFlowBack(field))
        : field.Sync is Plans.SyncRule.AlwaysFromDestination or Plans.SyncRule.OnCreateOnly or Plans.SyncRule.None;

    /// <summary>The endpoint's external-id field and its value when <paramref name="record"/> carries one (the other side's id).</summary>
    private static (string Field, string Value)? StampedBySync(MappingPass pass, SourceRecord record) =>
        pass.EndpointOf(pass.Side).ExternalIdField is { } field
            && record.Fields.TryGetValue(field, out var value)
            && value.ValueKind == System.Text.Json.JsonValueKind.String
            && value.GetString() is { Length: > 0 } id
            ? (field, id)
            : null;

    /// <summary>The other side's records linked to <paramref name="entries"/>, read in one call.</summary>
    private async Task<Dictionary<string, SourceRecord>> ReadCounterpartsAsync(
        MappingPass pass, IEnumerable<CrossReferenceEntry> entries, CancellationToken cancellationToken)
    {
        var ids = entries.Select(e => e.IdOn(pass.Other)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, SourceRecord>(StringComparer.Ordinal);
        }

        var endpoint = pass.EndpointOf(pass.Other);
        var fields = FieldValues.ReadFields(pass.Mapping, pass.Other).ToList();
        var records = await _connectors.For(pass.Plan, endpoint.System).Reader.ReadByIdsAsync(endpoint.Object, ids, fields, cancellationToken);
        pass.Run.RecordsRead += records.Count;
        return records.Where(r => !r.IsDeleted)
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    }

    /// <summary>
    /// Merges on this side (the first id survives): a merged-away record whose survivor has no row hands its row to the
    /// survivor (the counterpart now pairs with the survivor); one whose survivor is already linked is returned to be
    /// handled as a delete under the mapping's policy.
    /// </summary>
    private async Task<List<(string Loser, CrossReferenceEntry Entry)>> ApplyMergesAsync(
        MappingPass pass, Dictionary<string, CrossReferenceEntry> entries, CancellationToken cancellationToken)
    {
        var deletes = new List<(string, CrossReferenceEntry)>();
        var merges = pass.Notices.Where(n => n.MergedIds.Count > 0).ToList();
        if (merges.Count == 0)
        {
            return deletes;
        }

        var losers = await _crossReference.GetAsync(
            pass.Mapping.Name, pass.Side, [.. merges.SelectMany(m => m.MergedIds).Distinct(StringComparer.Ordinal)], cancellationToken);
        foreach (var merge in merges)
        {
            foreach (var loser in merge.MergedIds)
            {
                if (!losers.TryGetValue(loser, out var loserEntry))
                {
                    continue;
                }

                if (entries.ContainsKey(merge.RecordId))
                {
                    deletes.Add((loser, loserEntry));
                    continue;
                }

                var relinked = await _crossReference.TryUpsertAsync(loserEntry.WithId(pass.Side, merge.RecordId), cancellationToken);
                if (relinked is null)
                {
                    pass.Run.Errors.Add(Error(pass, merge.RecordId, SyncErrorCodes.CrossReferenceConflict, $"merge of {loser} into {merge.RecordId}: the cross-reference row changed meanwhile; resync the record."));
                    continue;
                }

                entries[merge.RecordId] = relinked;
            }
        }

        return deletes;
    }

    /// <summary>Records that the side's current version was seen in sync, so older queued writes from it are dropped by the version guard.</summary>
    private async Task ObserveAsync(CrossReferenceEntry entry, SyncSide side, RecordVersion version, CancellationToken cancellationToken)
    {
        var observed = entry.WithVersion(side, version);
        if (!ReferenceEquals(observed, entry))
        {
            // A lost race only means someone stored newer state: nothing to redo.
            await _crossReference.TryUpsertAsync(observed, cancellationToken);
        }
    }

    private static SyncError Error(MappingPass pass, string recordId, string code, string message) =>
        new(pass.Mapping.Name, pass.EndpointOf(pass.Side).System, pass.EndpointOf(pass.Side).Object, recordId, code, message, pass.Run.StartedAt);
}
