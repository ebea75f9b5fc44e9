using Integration.Functions.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace Integration.Functions.Tests.Metrics;

public sealed class MetricsExportTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("http://localhost:4318/v1/metrics", true)]
    public void Otlp_export_is_registered_only_when_an_endpoint_is_configured(string? endpoint, bool exported)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Telemetry:OtlpEndpoint"] = endpoint })
            .Build();

        using var provider = new ServiceCollection().AddLogging().AddMetricsExport(configuration).BuildServiceProvider();

        Assert.Equal(exported, provider.GetService<MeterProvider>() is not null);
    }

    [Fact]
    public void Unknown_telemetry_setting_is_an_error()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Telemetry:OtlpEndpiont"] = "http://localhost:4318" })
            .Build();

        var failure = Record.Exception(() => new ServiceCollection().AddMetricsExport(configuration));

        Assert.Contains("OtlpEndpiont", Assert.IsType<InvalidOperationException>(failure).Message, StringComparison.Ordinal);
    }
}
