using Integration.Core.Connectors;
using Integration.Core.Plans;
using Integration.Core.Processing;
using Integration.Functions.Plans;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Intake;

/// <summary>The HubSpot modified-since sweep: each occurrence sweeps every object the plan maps on every HubSpot system.</summary>
public sealed partial class HubSpotSweepFunction(
    IOptions<PlanOptions> planOptions,
    IPlanProvider plans,
    SystemConnectors connectors,
    HubSpotSweep sweep,
    ILogger<HubSpotSweepFunction> logger)
{
    /// <summary>One sweep per occurrence of <c>Sync:HubSpot:SweepSchedule</c>.</summary>
    [Function(nameof(HubSpotSweepFunction))]
    public async Task RunAsync(
        [TimerTrigger("%Sync:HubSpot:SweepSchedule%")] TimerInfo timer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (!planOptions.Value.SyncEnabled)
        {
            return;
        }

        var plan = await plans.GetActivePlanAsync(cancellationToken);
        foreach (var system in PlanSystems.OfKind(plan, SystemKind.HubSpot))
        {
            var reader = connectors.For(plan, system.Name).Reader;
            foreach (var (objectName, fields) in PlanSystems.ObjectsOf(plan, system.Name))
            {
                var count = await sweep.SweepAsync(system, reader, objectName, fields, cancellationToken);
                LogSwept(logger, system.Name, objectName, count);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HubSpot sweep of {System}.{Object}: {Count} modified records enqueued")]
    private static partial void LogSwept(ILogger logger, string system, string @object, int count);
}
