using Integration.Connectors.Salesforce;
using Integration.Core.Plans;
using Integration.Core.Processing;
using Integration.Functions.Plans;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Intake;

/// <summary>
/// The Salesforce CDC subscription, serverless: each occurrence (one instance, the platform's timer singleton)
/// resumes every Salesforce system's feed from its checkpointed replay id, enqueues each batch then commits the
/// checkpoint, and leaves after <see cref="IntakeOptions.SalesforceDrainDuration"/>, before the next occurrence.
/// </summary>
public sealed partial class SalesforceCdcDrainFunction(
    IOptions<PlanOptions> planOptions,
    IPlanProvider plans,
    ChangeFeedDrain drain,
    IOptions<IntakeOptions> options,
    IServiceProvider services,
    ILogger<SalesforceCdcDrainFunction> logger)
{
    /// <summary>One drain per occurrence of <c>Sync:Salesforce:DrainSchedule</c>.</summary>
    [Function(nameof(SalesforceCdcDrainFunction))]
    public async Task RunAsync(
        [TimerTrigger("%Sync:Salesforce:DrainSchedule%")] TimerInfo timer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (!planOptions.Value.SyncEnabled)
        {
            return;
        }

        var systems = PlanSystems.OfKind(await plans.GetActivePlanAsync(cancellationToken), SystemKind.Salesforce);
        if (systems.Count == 0)
        {
            return;
        }

        var feeds = PlanSystems.RequireVendorService<ISalesforceChangeFeedFactory>(services, SystemKind.Salesforce, systems);
        var results = await Task.WhenAll(systems.Select(system =>
            drain.DrainAsync(feeds.CreateChangeFeed(system.Connection, system.Name), options.Value.SalesforceDrainDuration, cancellationToken)));
        foreach (var result in results)
        {
            LogDrained(logger, result.Stream, result.Batches, result.Items);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Salesforce CDC drain of {Stream}: {Batches} batches, {Items} events enqueued and committed")]
    private static partial void LogDrained(ILogger logger, string stream, int batches, int items);
}
