using Integration.Connectors.HubSpot;
using Integration.Connectors.NetSuite;
using Integration.Connectors.Salesforce;
using Integration.Core;
using Integration.Core.Checkpoints;
using Integration.Core.Conflicts;
using Integration.Core.CrossReference;
using Integration.Core.Processing;
using Integration.Core.Writing;
using Integration.Functions.Admin.Conflicts;
using Integration.Functions.Batching;
using Integration.Functions.Admin.DeadLetters;
using Integration.Functions.Admin.Errors;
using Integration.Functions.Admin.Mappings;
using Integration.Functions.Intake;
using Integration.Functions.Metrics;
using Integration.Functions.Plans;
using Integration.Functions.Processing;
using Integration.Functions.Storage;
using Integration.Functions.Writing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Integration.Functions;

/// <summary>Registers the sync pipeline: core engine, connectors, storage adapters, intake and options.</summary>
public static class SyncPipelineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine (<c>AddIntegrationCore</c>, options from <c>Sync</c>), the connectors whose sections
    /// (<c>Salesforce</c>, <c>HubSpot</c>, <c>NetSuite</c>) are present, the table and queue adapters of the ports
    /// (the pause switches of <c>Sync:Tables:MappingSwitches</c> among them, read through <see cref="TableMappingPauses"/>),
    /// and the intake services. Everything is lazy: with no <c>Integration:PlanPath</c> the app starts on storage
    /// alone and the sync functions stand by. Safe to call twice.
    /// </summary>
    public static IServiceCollection AddSyncPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(PlanStartup)))
        {
            return services;
        }

        // `Sync` also holds this app's own subsections (Queues, Tables, Intake, Writes, schedules), hence no unknown-key check here.
        services.AddOptions<SyncEngineOptions>().Bind(configuration.GetSection(SyncEngineOptions.SectionName));

        // Before AddIntegrationCore, whose default holds nothing back.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMappingSwitches, TableMappingSwitches>();
        services.TryAddSingleton<IMappingPauses, TableMappingPauses>();
        services.AddIntegrationCore();
        services.AddOptions<PlanOptions>().Bind(configuration.GetSection(PlanOptions.SectionName));
        Bind<SyncQueueOptions>(services, configuration, SyncQueueOptions.SectionName);
        Bind<SyncTableOptions>(services, configuration, SyncTableOptions.SectionName);
        Bind<IntakeOptions>(services, configuration, IntakeOptions.SectionName);
        Bind<WriteRetryOptions>(services, configuration, WriteRetryOptions.SectionName);
        Bind<BatchingOptions>(services, configuration, BatchingOptions.SectionName);
        Bind<MappingPauseOptions>(services, configuration, MappingPauseOptions.SectionName);

        AddConnectors(services, configuration);
        AddAdapters(services);
        services.TryAddSingleton<ChangeFeedDrain>();
        services.TryAddSingleton<HubSpotSweep>();
        services.TryAddSingleton<WebhookIntake>();
        services.TryAddSingleton<DestinationWrites>();
        services.TryAddSingleton<ChangeFlushes>();
        services.AddSyncMetrics();
        services.AddSingleton<PlanStartup>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<PlanStartup>());
        return services;
    }

    private static void AddConnectors(IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetSection("Salesforce") is { } salesforce && salesforce.Exists())
        {
            services.AddSalesforceConnector(salesforce);
        }

        if (configuration.GetSection(HubSpotOptions.SectionName) is { } hubSpot && hubSpot.Exists())
        {
            services.AddHubSpotConnector(hubSpot);
        }

        if (configuration.GetSection("NetSuite") is { } netSuite && netSuite.Exists())
        {
            services.AddNetSuiteConnector(netSuite);
        }
    }

    private static void AddAdapters(IServiceCollection services)
    {
        services.TryAddSingleton<IPlanProvider, FilePlanProvider>();
        services.TryAddSingleton<TableCrossReferenceStore>();
        services.TryAddSingleton<ICrossReferenceStore>(sp => new RecentCrossReferenceStore(
            sp.GetRequiredService<TableCrossReferenceStore>(), sp.GetRequiredService<IOptions<SyncTableOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ICheckpointStore, TableCheckpointStore>();
        services.TryAddSingleton<TableConflictLog>();
        services.TryAddSingleton<IConflictLog>(sp => sp.GetRequiredService<TableConflictLog>());
        services.TryAddSingleton<TableSyncErrorLog>();
        services.TryAddSingleton<ISyncErrorLog>(sp => sp.GetRequiredService<TableSyncErrorLog>());
        services.TryAddSingleton<QueueWriteQueue>();
        services.TryAddSingleton<IWriteQueue>(sp => sp.GetRequiredService<QueueWriteQueue>());
        services.TryAddSingleton<TableDeadLetterStore>();
        services.TryAddSingleton<IDeadLetterStore>(sp => sp.GetRequiredService<TableDeadLetterStore>());
        services.TryAddSingleton<IDeadLetterArchive>(sp => sp.GetRequiredService<TableDeadLetterStore>());
        services.TryAddSingleton<ChangesQueue>();

        // The management API's read side over the same tables (registered before AddAdminApi's placeholders).
        services.TryAddSingleton<TableAdminQueries>();
        services.TryAddSingleton<IConflictQuery>(sp => sp.GetRequiredService<TableAdminQueries>());
        services.TryAddSingleton<ISyncErrorQuery>(sp => sp.GetRequiredService<TableAdminQueries>());
        services.TryAddSingleton<IDeadLetterAdmin>(sp => sp.GetRequiredService<TableAdminQueries>());
    }

    private static void Bind<T>(IServiceCollection services, IConfiguration configuration, string section)
        where T : class =>
        services.AddOptions<T>()
            .Bind(configuration.GetSection(section), o => o.ErrorOnUnknownConfiguration = true)
            .ValidateDataAnnotations()
            .ValidateOnStart();
}
