using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Functions.Metrics;

/// <summary>Attaches <see cref="ApiCallMetricsHandler"/> to a named or typed HTTP client.</summary>
public static class ApiCallMetricsHttpClientBuilderExtensions
{
    /// <summary>
    /// Counts the client's calls, tagging the vendor with <paramref name="vendor"/> or else the client's name
    /// (<c>builder.Name</c>, e.g. the connector's Refit client name).
    /// </summary>
    public static IHttpClientBuilder AddApiCallMetrics(this IHttpClientBuilder builder, string? vendor = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddMetrics();
        var tag = vendor ?? builder.Name;
        return builder.AddHttpMessageHandler(sp => new ApiCallMetricsHandler(sp.GetRequiredService<IMeterFactory>(), tag));
    }
}
