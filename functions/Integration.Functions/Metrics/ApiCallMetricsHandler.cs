using System.Diagnostics.Metrics;
using System.Net;

namespace Integration.Functions.Metrics;

/// <summary>
/// Counts a vendor client's HTTP calls (<c>integration.api.calls</c>, tagged vendor and status code) and its 429 answers
/// (<c>integration.api.throttled</c>). Attach with <see cref="ApiCallMetricsHttpClientBuilderExtensions.AddApiCallMetrics"/>
/// after the resilience handler (innermost, next to the wire), so that every retry is counted as the vendor counts it.
/// </summary>
public sealed class ApiCallMetricsHandler : DelegatingHandler
{
    private readonly Counter<long> _calls;
    private readonly Counter<long> _throttled;
    private readonly string _vendor;

    /// <summary>Creates the handler for <paramref name="vendor"/>.</summary>
    public ApiCallMetricsHandler(IMeterFactory meters, string vendor)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentException.ThrowIfNullOrWhiteSpace(vendor);
        var meter = meters.Create(SyncMetrics.MeterName);
        _calls = meter.CreateCounter<long>("integration.api.calls", "{call}", "HTTP calls to a vendor API, by vendor and status code.");
        _throttled = meter.CreateCounter<long>("integration.api.throttled", "{call}", "Vendor answers 429 Too Many Requests.");
        _vendor = vendor;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var vendor = new KeyValuePair<string, object?>("vendor", _vendor);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException)
        {
            _calls.Add(1, vendor, new KeyValuePair<string, object?>("status", "error"));
            throw;
        }

        _calls.Add(1, vendor, new KeyValuePair<string, object?>("status", (int)response.StatusCode));
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            _throttled.Add(1, vendor);
        }

        return response;
    }
}
