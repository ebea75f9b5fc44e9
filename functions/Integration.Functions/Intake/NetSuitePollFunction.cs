using Integration.Connectors.NetSuite.ChangeFeed;
using Integration.Core.Plans;
using Integration.Core.Processing;
using Integration.Functions.Plans;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Intake;

/// <summary>
/// The NetSuite SuiteQL poller: each occurrence runs one poll per (NetSuite system, object the plan maps on it),
/// enqueues the changes, then commits the poll cursor.
/// </summary>
public sealed partial class NetSuitePollFunction(
    IOptions<PlanOptions> planOptions,
    IPlanProvider plans,
    ChangeFeedDrain drain,
    IOptions<IntakeOptions> options,
    IServiceProvider services,
    ILogger<NetSuitePollFunction> logger)
{
    /// <summary>One poll per occurrence of <c>Sync:NetSuite:PollSchedule</c>.</summary>
    [Function(nameof(NetSuitePollFunction))]
    public async Task RunAsync(
        [TimerTrigger("%Sync:NetSuite:PollSchedule%")] TimerInfo timer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (!planOptions.Value.SyncEnabled)
        {
            return;
        }

        var plan = await plans.GetActivePlanAsync(cancellationToken);
        var systems = PlanSystems.OfKind(plan, SystemKind.NetSuite);
        if (systems.Count == 0)
        {
            return;
        }

        var pollers = PlanSystems.RequireVendorService<NetSuiteChangeFeedFactory>(services, SystemKind.NetSuite, systems);
        foreach (var system in systems)
        {
            foreach (var objectName in PlanSystems.ObjectsOf(plan, system.Name).Keys)
            {
                var poller = pollers.CreatePoller(system.Connection, system.Name, objectName);
                var result = await drain.DrainAsync(poller, options.Value.NetSuitePollDuration, cancellationToken);
                LogPolled(logger, result.Stream, result.Items);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "NetSuite poll of {Stream}: {Items} changes enqueued and committed")]
    private static partial void LogPolled(ILogger logger, string stream, int items);
}
