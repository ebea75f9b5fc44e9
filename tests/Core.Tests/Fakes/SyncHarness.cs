using Integration.Core.Connectors;
using Integration.Core.Echoes;
using Integration.Core.Mapping;
using Integration.Core.Plans;
using Integration.Core.Processing;
using Integration.Core.Writing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Integration.Core.Tests.Fakes;

/// <summary>
/// The engine over two fake systems and in-memory ports: the change processor fed from both systems' feeds, the
/// destination writer draining the writes queues, as the function app chains them.
/// </summary>
internal sealed class SyncHarness
{
    public SyncHarness(MigrationPlan? plan = null, SyncEngineOptions? options = null)
    {
        Plan = plan ?? TestPlans.Build();
        Options = options ?? new SyncEngineOptions();
        var plans = new FixedPlan(Plan);
        var connectors = new SystemConnectors([new FakeConnectorFactory("salesforce", Sf), new FakeConnectorFactory("hubspot", Hs)]);
        var monitor = new FixedOptionsMonitor<SyncEngineOptions>(Options);
        Processor = new ChangeProcessor(
            plans, connectors, CrossReference, SourceOfTruth, Pauses, new RecordMapper(), new ReferenceResolver(CrossReference),
            new EchoFilter(monitor), new ProcessingOutputs(Queue, Logs, Logs), monitor, Time, NullLogger<ChangeProcessor>.Instance);
        Writer = new DestinationWriter(plans, connectors, CrossReference, Logs, Logs, monitor, Time, NullLogger<DestinationWriter>.Instance);
    }

    public MigrationPlan Plan { get; }

    public SyncEngineOptions Options { get; }

    public FakeSystem Sf { get; } = new("sf", "001");

    public FakeSystem Hs { get; } = new("hs", "9");

    public InMemoryCrossReferenceStore CrossReference { get; } = new();

    public InMemoryWriteQueue Queue { get; } = new();

    public RecordingLogs Logs { get; } = new();

    public SwitchableSourceOfTruth SourceOfTruth { get; } = new();

    public SwitchableMappingPauses Pauses { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public ChangeProcessor Processor { get; }

    public DestinationWriter Writer { get; }

    public List<ProcessingResult> Processed { get; } = [];

    public List<WriteBatchResult> Written { get; } = [];

    /// <summary>
    /// Processes whatever both feeds hold and the records parked by the previous step (after the retry delay, as the
    /// queue's visibility delay would), then writes whatever was queued; returns the processing result.
    /// </summary>
    public async Task<ProcessingResult> StepAsync(CancellationToken cancellationToken)
    {
        var parked = Processed.Count > 0 ? Processed[^1].Parked : [];
        if (parked.Count > 0)
        {
            Time.Advance(Options.ParkRetryDelay);
        }

        var result = await ProcessAsync(new ProcessingBatch([.. Sf.TakeFeed(), .. Hs.TakeFeed()], Parked: parked), cancellationToken);
        await WriteQueuedAsync(cancellationToken);
        return result;
    }

    public async Task<ProcessingResult> ProcessAsync(ProcessingBatch batch, CancellationToken cancellationToken)
    {
        var result = await Processor.ProcessAsync(batch, cancellationToken);
        Processed.Add(result);
        return result;
    }

    public async Task WriteQueuedAsync(CancellationToken cancellationToken)
    {
        foreach (var (_, commands) in Queue.DrainAll())
        {
            Written.Add(await Writer.WriteAsync(commands, cancellationToken));
        }
    }

    /// <summary>Steps until no system reports a change and no write is queued; fails naming the rounds if it never settles.</summary>
    public async Task SettleAsync(CancellationToken cancellationToken, int maxRounds = 10)
    {
        for (var round = 0; round < maxRounds; round++)
        {
            var result = await StepAsync(cancellationToken);
            if (result.EventsIn == 0 && Queue.IsEmpty)
            {
                return;
            }
        }

        Assert.Fail($"The sync did not settle within {maxRounds} rounds: the systems kept reporting changes (ping-pong?).");
    }
}
