using OpenTelemetry.Exporter;

namespace Integration.Functions.Metrics;

/// <summary>OpenTelemetry export of the <c>Integration</c> meter (section <c>Telemetry</c>); off unless <see cref="OtlpEndpoint"/> is set.</summary>
public sealed class MetricsExportOptions
{
    /// <summary>The configuration section: <c>Telemetry</c>.</summary>
    public const string SectionName = "Telemetry";

    /// <summary>
    /// The OTLP collector's metrics endpoint, e.g. <c>http://collector:4318/v1/metrics</c> (HTTP, full path) or
    /// <c>http://collector:4317</c> (gRPC). Default none: nothing is exported.
    /// </summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>The OTLP transport. Default <see cref="OtlpExportProtocol.HttpProtobuf"/>.</summary>
    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.HttpProtobuf;

    /// <summary>How often metrics are exported. Default 60 seconds.</summary>
    public TimeSpan ExportInterval { get; set; } = TimeSpan.FromSeconds(60);
}
