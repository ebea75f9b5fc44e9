using Integration.Functions.Admin;
using Integration.Functions.Metrics;
using Integration.Functions.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Integration.Functions;

/// <summary>The function app's one composition root, used by <c>Program.cs</c> and by the local host.</summary>
public static class FunctionsServiceCollectionExtensions
{
    /// <summary>
    /// Registers everything the app's functions need: storage clients for the
    /// <c>AzureWebJobsStorage</c> connection, the time provider, the sync pipeline (<see cref="SyncPipelineServiceCollectionExtensions.AddSyncPipeline"/>),
    /// the management API, the sync metrics and (with <c>Telemetry:OtlpEndpoint</c>) their OTLP export. Safe to call twice.
    /// </summary>
    public static IServiceCollection AddIntegrationFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.AddAzureStorage(configuration);
        services.AddSyncPipeline(configuration);
        services.AddAdminApi(configuration);
        services.AddMetricsExport(configuration);
        return services;
    }
}
