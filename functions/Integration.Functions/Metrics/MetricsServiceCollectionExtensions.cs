using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;

namespace Integration.Functions.Metrics;

/// <summary>Registers <see cref="SyncMetrics"/> and, when configured, their OpenTelemetry export.</summary>
public static class MetricsServiceCollectionExtensions
{
    /// <summary>Adds the meter factory and <see cref="SyncMetrics"/> (singleton). Safe to call twice.</summary>
    public static IServiceCollection AddSyncMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<SyncMetrics>();
        return services;
    }

    /// <summary>
    /// When <c>Telemetry:OtlpEndpoint</c> is set, exports the <c>Integration</c> meter over OTLP every
    /// <c>Telemetry:ExportInterval</c>; otherwise registers nothing, and the instruments are still there for any
    /// listener (dotnet-counters, <c>dotnet-monitor</c>, a MeterListener).
    /// </summary>
    public static IServiceCollection AddMetricsExport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new MetricsExportOptions();
        configuration.GetSection(MetricsExportOptions.SectionName).Bind(options, o => o.ErrorOnUnknownConfiguration = true);
        if (options.OtlpEndpoint is null)
        {
            return services;
        }

        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(SyncMetrics.MeterName)
            .AddOtlpExporter((exporter, reader) =>
            {
                exporter.Endpoint = options.OtlpEndpoint;
                exporter.Protocol = options.OtlpProtocol;
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)options.ExportInterval.TotalMilliseconds;
            }));
        return services;
    }
}
