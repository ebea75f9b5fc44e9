using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Integration.Functions.Metrics;

/// <summary>Registers <see cref="SyncMetrics"/>.</summary>
public static class MetricsServiceCollectionExtensions
{
    /// <summary>Adds the meter factory and <see cref="SyncMetrics"/> (singleton). Safe to call twice.</summary>
    public static IServiceCollection AddSyncMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<SyncMetrics>();
        return services;
    }
}
