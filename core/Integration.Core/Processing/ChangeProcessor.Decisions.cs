using System.Text.Json;
using Integration.Core.CrossReference;
using Integration.Core.Plans;
using Integration.Core.Records;
using Integration.Core.Writing;

namespace Integration.Core.Processing;

public sealed partial class ChangeProcessor
{
    private static readonly IReadOnlyDictionary<string, JsonElement> NoFields = new Dictionary<string, JsonElement>();
    private static readonly IReadOnlyDictionary<string, FieldFingerprints> NoFingerprints = new Dictionary<string, FieldFingerprints>();

    private async Task DecideAsync(
        MappingPass pass, RecordNotice notice, RecordPair pair, SyncSide truthSide, long epoch, CancellationToken cancellationToken)
    {
        var outcome = PairSync.Decide(pair, truthSide, pass.Run.StartedAt, notice.Repair ? pass.Side : null);
        foreach (var failure in outcome.Failures)
        {
            pass.Run.Errors.Add(Error(pass, notice.RecordId, SyncErrorCodes.TransformFailed, failure));
        }

        if (outcome.ParkReason is { } reason)
        {
            Park(pass, notice, reason);
            return;
        }

        var unwritten = outcome.Unwritten;
        var emitted = false;
        foreach (var target in new[] { SyncSide.B, SyncSide.A })
        {
            var writes = outcome.To(target);
            if (!writes.Wanted || (writes.Fields.Count == 0 && pair.Exists(target)))
            {
                continue;
            }

            var endpoint = target == SyncSide.A ? pair.Mapping.Source : pair.Mapping.Destination;
            var source = pair.On(target == SyncSide.A ? SyncSide.B : SyncSide.A)!;
            var key = pair.UnreadId(target) is { } unreadId
                ? UnreadKey(endpoint, source, unreadId, writes)
                : Key(endpoint, source, pair.On(target), writes);
            if (key is null)
            {
                pass.Run.Errors.Add(Error(pass, notice.RecordId, SyncErrorCodes.NoExternalIdField,
                    $"{endpoint.System} {endpoint.Object} has no externalIdField in mapping {pair.Mapping.Name}; its record cannot be created idempotently."));
                continue;
            }

            var fingerprints = new Dictionary<string, FieldFingerprints>(writes.Fingerprints, StringComparer.Ordinal);
            if (!emitted)
            {
                foreach (var (field, pairPrints) in unwritten)
                {
                    fingerprints.TryAdd(field, pairPrints);
                }
            }

            pass.Run.Commands.Add(new WriteCommand(
                pair.Mapping.Name, epoch, target, endpoint.System, endpoint.Object, WriteOperation.Upsert,
                key.Value.Field, key.Value.Value, pair.On(target)?.Id ?? pair.UnreadId(target), source.Id, source.Version,
                writes.Fields, fingerprints, notice.Lane, notice.CommittedAt)
            {
                Repair = notice.Repair,
            });
            pass.Run.Conflicts.AddRange(outcome.Conflicts.Where(c => c.Winner != target));
            emitted = true;
        }

        if (!emitted && pair.Entry is { } entry)
        {
            await RefreshAsync(entry, pair, unwritten, cancellationToken);
        }
    }

    /// <summary>
    /// The upsert key: the target's external-id field holding the source id, when the target is to be created or
    /// already carries it; otherwise the target's own id (<see cref="RecordIdKey"/>), stamping the external-id field.
    /// </summary>
    private static (string Field, string Value)? Key(ObjectEndpoint endpoint, SourceRecord source, SourceRecord? target, SideWrites writes)
    {
        if (target is null)
        {
            return endpoint.ExternalIdField is { } field ? (field, source.Id) : null;
        }

        if (endpoint.ExternalIdField is { } externalId)
        {
            if (target.Fields.TryGetValue(externalId, out var carried) && carried.ValueKind == JsonValueKind.String && carried.GetString() == source.Id)
            {
                return (externalId, source.Id);
            }

            writes.Fields[externalId] = JsonSerializer.SerializeToElement(source.Id);
        }

        return (RecordIdKey.Field, target.Id);
    }

    /// <summary>
    /// The key of a linked target that was not read: its own id, stamping the external-id field (whether it carries it
    /// is unknown, and an upsert by external id could create a second record when it does not).
    /// </summary>
    private static (string Field, string Value) UnreadKey(ObjectEndpoint endpoint, SourceRecord source, string targetId, SideWrites writes)
    {
        if (endpoint.ExternalIdField is { } externalId)
        {
            writes.Fields[externalId] = JsonSerializer.SerializeToElement(source.Id);
        }

        return (RecordIdKey.Field, targetId);
    }

    /// <summary>Nothing to write but the state moved (both sides changed alike, or a change the rules do not sync): store what is in sync now.</summary>
    private async Task RefreshAsync(
        CrossReferenceEntry entry, RecordPair pair, IReadOnlyDictionary<string, FieldFingerprints> unwritten, CancellationToken cancellationToken)
    {
        var refreshed = entry.WithFingerprints(unwritten);
        if (pair.A is not null)
        {
            refreshed = refreshed.WithVersion(SyncSide.A, pair.A.Version);
        }

        if (pair.B is not null)
        {
            refreshed = refreshed.WithVersion(SyncSide.B, pair.B.Version);
        }

        var stale = unwritten.Any(f => !entry.Fields.TryGetValue(f.Key, out var known) || known != f.Value)
            || refreshed.AVersion != entry.AVersion || refreshed.BVersion != entry.BVersion;
        if (stale)
        {
            // A lost race means another worker stored newer state; the next change re-decides from it.
            await _crossReference.TryUpsertAsync(refreshed, cancellationToken);
        }
    }

    private void Park(MappingPass pass, RecordNotice notice, string reason)
    {
        var now = pass.Run.StartedAt;
        var first = notice.Parked?.FirstParkedAt ?? now;
        var attempts = (notice.Parked?.Attempts ?? 0) + 1;
        if (now - first >= _options.CurrentValue.ParkMaxWait)
        {
            pass.Run.Errors.Add(Error(pass, notice.RecordId, SyncErrorCodes.ParkTimeout,
                $"parked since {first:O} ({attempts - 1} retries, limit {_options.CurrentValue.ParkMaxWait}): {reason}."));
            return;
        }

        if (pass.Run.Parked.Any(p => !p.Held && p.System == notice.System && p.ObjectName == notice.ObjectName && p.RecordId == notice.RecordId))
        {
            return;
        }

        LogParked(pass.Mapping.Name, notice.System, notice.ObjectName, notice.RecordId, attempts, reason);
        pass.Run.Parked.Add(new ParkedChange(notice.System, notice.ObjectName, notice.RecordId, pass.Mapping.Name, reason, attempts, first, notice.CommittedAt));
    }

    /// <summary>A record gone on its side: its counterpart is deleted under <see cref="DeletePolicy.Delete"/> and <see cref="DeletePolicy.Archive"/>.</summary>
    private static void Delete(MappingPass pass, RecordNotice notice, CrossReferenceEntry? entry, SourceRecord? record, long epoch)
    {
        if (entry is null || pass.Mapping.DeletePolicy == DeletePolicy.Ignore)
        {
            return;
        }

        var endpoint = pass.EndpointOf(pass.Other);
        if (entry.IdOn(pass.Other) is not { } targetId)
        {
            pass.Run.Errors.Add(Error(pass, notice.RecordId, SyncErrorCodes.DeleteWithoutCounterpart,
                $"deleted, but its {endpoint.System} {endpoint.Object} counterpart's id is unknown."));
            return;
        }

        pass.Run.Commands.Add(new WriteCommand(
            pass.Mapping.Name, epoch, pass.Other, endpoint.System, endpoint.Object, WriteOperation.Delete,
            endpoint.ExternalIdField ?? string.Empty, notice.RecordId, targetId, notice.RecordId,
            record?.Version ?? new RecordVersion(notice.CommittedAt), NoFields, NoFingerprints, notice.Lane, notice.CommittedAt));
    }

    [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Information,
        Message = "Parked {System} {ObjectName} {RecordId} for mapping {Mapping} (attempt {Attempts}): {Reason}")]
    private partial void LogParked(string mapping, string system, string objectName, string recordId, int attempts, string reason);
}
