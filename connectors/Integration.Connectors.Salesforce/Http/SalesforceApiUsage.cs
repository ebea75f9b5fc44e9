using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace Integration.Connectors.Salesforce.Http;

/// <summary>
/// The org's daily API consumption as the last response's <c>Sforce-Limit-Info: api-usage=N/M</c> said,
/// exposed as the gauges <c>integration.salesforce.api_usage.used</c> and <c>.limit</c> (tag <c>connection</c>)
/// and logged when it crosses 80% and 95%.
/// </summary>
internal sealed partial class SalesforceApiUsage(string connection, ILogger<SalesforceApiUsage> logger)
{
    private static readonly Meter Meter = new("Integration.Connectors.Salesforce");
    private static readonly Gauge<long> UsedGauge = Meter.CreateGauge<long>("integration.salesforce.api_usage.used", "{request}", "Daily API requests used, per Sforce-Limit-Info.");
    private static readonly Gauge<long> LimitGauge = Meter.CreateGauge<long>("integration.salesforce.api_usage.limit", "{request}", "Daily API request allowance, per Sforce-Limit-Info.");

    private long _used = -1;
    private long _limit = -1;

    /// <summary>Requests used in the current 24-hour allocation; -1 before the first response.</summary>
    public long Used => Interlocked.Read(ref _used);

    /// <summary>The 24-hour allowance; -1 before the first response.</summary>
    public long Limit => Interlocked.Read(ref _limit);

    /// <summary>Reads a header value such as <c>api-usage=10018/100000; per-app-api-usage=…</c>.</summary>
    public void Record(string headerValue)
    {
        var match = ApiUsagePattern().Match(headerValue);
        if (!match.Success)
        {
            return;
        }

        var used = long.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        var limit = long.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        var previous = Interlocked.Exchange(ref _used, used);
        Interlocked.Exchange(ref _limit, limit);
        var tag = new KeyValuePair<string, object?>("connection", connection);
        UsedGauge.Record(used, tag);
        LimitGauge.Record(limit, tag);
        foreach (var threshold in (ReadOnlySpan<double>)[0.80, 0.95])
        {
            var line = (long)(limit * threshold);
            if (previous < line && used >= line)
            {
                SalesforceLog.ApiUsageHigh(logger, connection, used, limit);
            }
        }
    }

    [GeneratedRegex(@"api-usage=(\d+)/(\d+)")]
    private static partial Regex ApiUsagePattern();
}
