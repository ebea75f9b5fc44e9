using Integration.Core.Changes;
using Integration.Core.CrossReference;
using Integration.Core.Plans;
using Integration.Core.Processing;
using Integration.Core.Records;

namespace Integration.Core.Writing;

public sealed partial class DestinationWriter
{
    private static (string Mapping, SyncSide Side, string Id) RowKey(WriteCommand command) =>
        (command.Mapping, command.SourceSide, command.SourceId);

    /// <summary>
    /// The commands' rows as last seen in this process (the processor read them moments before): a row changed since
    /// fails its link as an ETag conflict and is then re-read and re-guarded (<see cref="LinkAsync"/>).
    /// </summary>
    private async Task<Dictionary<(string, SyncSide, string), CrossReferenceEntry>> ReadRowsAsync(
        IReadOnlyList<WriteCommand> commands, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<(string, SyncSide, string), CrossReferenceEntry>();
        foreach (var group in commands.GroupBy(c => (c.Mapping, c.SourceSide)))
        {
            var ids = group.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).ToList();
            foreach (var (id, entry) in await _crossReference.GetLastSeenAsync(group.Key.Mapping, group.Key.SourceSide, ids, cancellationToken))
            {
                rows[(group.Key.Mapping, group.Key.SourceSide, id)] = entry;
            }
        }

        return rows;
    }

    /// <summary>
    /// Repair resyncs of the records whose rows changed under this batch: the source record is re-read and its values
    /// written wherever the destination differs (<see cref="ResyncRequest.Repair"/>).
    /// </summary>
    private static List<ResyncRequest> Repairs(MigrationPlan plan, List<WriteCommand> raced) =>
        [.. raced
            .GroupBy(c => (c.Mapping, c.SourceSide))
            .Select(g => (Endpoint: plan.FindMapping(g.Key.Mapping) is { } mapping
                ? (g.Key.SourceSide == SyncSide.A ? mapping.Source : mapping.Destination)
                : null, Ids: g.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).ToList()))
            .Where(x => x.Endpoint is not null)
            .Select(x => new ResyncRequest(x.Endpoint!.System, x.Endpoint.Object, x.Ids, null, "concurrent-write", Repair: true))];

    /// <summary>
    /// Stores what was written in the row, with ETag concurrency: on conflict the row is re-read and the guard re-applied,
    /// and the record counts as raced (another writer wrote it meanwhile, in an order the vendor alone knows).
    /// </summary>
    /// <param name="command">The command written.</param>
    /// <param name="result">The vendor's result for it.</param>
    /// <param name="row">The row as read before the write.</param>
    /// <param name="firstAttemptFailed">The first attempt was made already (in a batch) and its ETag did not match.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    private async Task<LinkOutcome> LinkAsync(
        WriteCommand command, RecordWriteResult result, CrossReferenceEntry? row, bool firstAttemptFailed, CancellationToken cancellationToken)
    {
        var retries = _options.CurrentValue.CrossReferenceRetries;
        for (var attempt = firstAttemptFailed ? 1 : 0; attempt <= retries; attempt++)
        {
            if (attempt > 0)
            {
                var fresh = await _crossReference.GetAsync(command.Mapping, command.SourceSide, [command.SourceId], cancellationToken);
                row = fresh.GetValueOrDefault(command.SourceId);
                if (VersionGuard.IsSuperseded(command, row))
                {
                    return new LinkOutcome(null, Raced: true);
                }
            }

            var stored = command.Operation == WriteOperation.Delete
                ? row is null || await _crossReference.TryDeleteAsync(row, cancellationToken)
                : await _crossReference.TryUpsertAsync(Applied(command, result, row), cancellationToken) is not null;
            if (stored)
            {
                return new LinkOutcome(null, Raced: attempt > 0);
            }
        }

        LogLinkConflict(command.Mapping, command.TargetSystem, command.TargetObject, command.SourceId, retries);
        return new LinkOutcome(new SyncError(
            command.Mapping, command.TargetSystem, command.TargetObject, result.Id ?? command.ExternalId, SyncErrorCodes.CrossReferenceConflict,
            $"written, but its cross-reference row kept changing ({retries + 1} ETag conflicts); the next change of the record re-syncs it.",
            _time.GetUtcNow()), Raced: true);
    }

    private static CrossReferenceEntry Applied(WriteCommand command, RecordWriteResult result, CrossReferenceEntry? row)
    {
        var entry = (row ?? CrossReferenceEntry.New(command.Mapping, command.SourceSide, command.SourceId))
            .WithVersion(command.SourceSide, command.SourceVersion)
            .WithFingerprints(command.Fingerprints);
        var targetId = result.Id ?? command.TargetId;
        return targetId is null ? entry : entry.WithId(command.TargetSide, targetId);
    }

    [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Warning,
        Message = "Cross-reference row of {Mapping} {SourceId} kept changing after writing {System} {ObjectName}; gave up after {Retries} retries")]
    private partial void LogLinkConflict(string mapping, string system, string objectName, string sourceId, int retries);
}
