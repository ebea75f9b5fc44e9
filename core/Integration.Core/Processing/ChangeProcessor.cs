using Integration.Core.Connectors;
using Integration.Core.CrossReference;
using Integration.Core.Echoes;
using Integration.Core.Mapping;
using Integration.Core.Plans;
using Integration.Core.Writing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integration.Core.Processing;

/// <summary>
/// The change processor: turns a batch of change notifications into write commands. Notifications are grouped by
/// (system, object) and the current state of the notified records is read in one call per group; for every mapping
/// involving the object (as side A or B) the linked records on the other side are read in one call, every field is
/// decided by its sync rule under the current source of truth, echoes of our own writes are dropped, deletes and
/// merges follow the mapping's policy, and the resulting <see cref="WriteCommand"/>s are enqueued per target system.
/// Records whose lookup parent has no counterpart yet are parked and returned for a delayed retry.
/// </summary>
public sealed partial class ChangeProcessor
{
    private readonly IPlanProvider _plans;
    private readonly SystemConnectors _connectors;
    private readonly ICrossReferenceStore _crossReference;
    private readonly ISourceOfTruthProvider _sourceOfTruth;
    private readonly IMappingPauses _pauses;
    private readonly RecordMapper _mapper;
    private readonly ReferenceResolver _references;
    private readonly EchoFilter _echoes;
    private readonly ProcessingOutputs _outputs;
    private readonly IOptionsMonitor<SyncEngineOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ChangeProcessor> _logger;

    /// <summary>Creates the processor.</summary>
    /// <param name="plans">The active plan.</param>
    /// <param name="connectors">The systems' connectors (readers).</param>
    /// <param name="crossReference">The cross-reference store.</param>
    /// <param name="sourceOfTruth">The current source of truth per mapping.</param>
    /// <param name="pauses">The paused mappings, asked once per batch.</param>
    /// <param name="mapper">Applies field mappings.</param>
    /// <param name="references">Resolves lookups in batches.</param>
    /// <param name="echoes">The echo fast path.</param>
    /// <param name="outputs">Where commands, conflicts and errors go.</param>
    /// <param name="options">Engine options.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    public ChangeProcessor(
        IPlanProvider plans,
        SystemConnectors connectors,
        ICrossReferenceStore crossReference,
        ISourceOfTruthProvider sourceOfTruth,
        IMappingPauses pauses,
        RecordMapper mapper,
        ReferenceResolver references,
        EchoFilter echoes,
        ProcessingOutputs outputs,
        IOptionsMonitor<SyncEngineOptions> options,
        TimeProvider time,
        ILogger<ChangeProcessor> logger)
    {
        _plans = plans;
        _connectors = connectors;
        _crossReference = crossReference;
        _sourceOfTruth = sourceOfTruth;
        _pauses = pauses;
        _mapper = mapper;
        _references = references;
        _echoes = echoes;
        _outputs = outputs;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Processes one batch of the changes queue; returns once its write commands, conflicts and errors are durable.</summary>
    /// <param name="batch">The notifications, resyncs and parked records.</param>
    /// <param name="cancellationToken">Cancels the batch; nothing is enqueued then and the caller retries the batch.</param>
    /// <returns>Counts for metrics, and the records to re-enqueue after <see cref="SyncEngineOptions.ParkRetryDelay"/>.</returns>
    public async Task<ProcessingResult> ProcessAsync(ProcessingBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var plan = await _plans.GetActivePlanAsync(cancellationToken);
        var paused = await _pauses.GetPausedAsync(cancellationToken);
        var run = new ProcessingRun(_time.GetUtcNow(), paused);
        var notices = Intake(batch, run);
        await ExpandResyncsAsync(plan, batch, notices, run, cancellationToken);
        foreach (var group in notices.Values.GroupBy(n => (n.System, n.ObjectName)))
        {
            await ProcessGroupAsync(plan, group.Key.System, group.Key.ObjectName, [.. group], run, cancellationToken);
        }

        await _outputs.FlushAsync(run, cancellationToken);
        var result = run.ToResult();
        LogBatch(result.EventsIn, result.RecordsRead, result.WritesOut, result.EchoesDropped, result.Conflicts, result.Parked.Count - result.Held, result.Held, result.Errors);
        return result;
    }

    private async Task ProcessGroupAsync(
        MigrationPlan plan, string system, string objectName, List<RecordNotice> notices, ProcessingRun run, CancellationToken cancellationToken)
    {
        var involved = plan.Mappings
            .SelectMany(m => new[] { (Mapping: m, Side: SyncSide.A, End: m.Source), (Mapping: m, Side: SyncSide.B, End: m.Destination) })
            .Where(x => x.End.System == system && x.End.Object == objectName)
            .ToList();
        if (involved.Count == 0)
        {
            return;
        }

        var passes = involved
            .Select(x => (x.Mapping, x.Side, Notices: notices.Where(n => n.IsFor(x.Mapping.Name)).ToList()))
            .Where(x => x.Notices.Count > 0)
            .ToList();
        var running = passes.Where(x => !run.Paused.Contains(x.Mapping.Name)).ToList();
        foreach (var (mapping, _, held) in passes.Where(x => run.Paused.Contains(x.Mapping.Name)))
        {
            Hold(mapping, held, run);
        }

        if (running.Count == 0)
        {
            return;
        }

        var ids = running.SelectMany(x => x.Notices).Select(n => n.RecordId).Distinct(StringComparer.Ordinal).ToList();
        var fields = running.SelectMany(x => FieldValues.ReadFields(x.Mapping, x.Side)).Distinct(StringComparer.Ordinal).ToList();
        var records = await _connectors.For(plan, system).Reader.ReadByIdsAsync(objectName, ids, fields, cancellationToken);
        run.RecordsRead += records.Count;
        var byId = records.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        foreach (var (mapping, side, mine) in running)
        {
            var pass = new MappingPass(plan, mapping, side, mine, byId, run);
            await ProcessMappingAsync(pass, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Change batch: {EventsIn} in, {RecordsRead} read, {WritesOut} writes, {Echoes} echoes dropped, {Conflicts} conflicts, {Parked} parked, {Held} held by paused mappings, {Errors} errors")]
    private partial void LogBatch(int eventsIn, int recordsRead, int writesOut, int echoes, int conflicts, int parked, int held, int errors);
}
