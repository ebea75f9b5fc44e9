namespace Integration.Connectors.Tests.HubSpot.Acceptance;

/// <summary>Summary figures of measured latencies, for the test output.</summary>
internal sealed record LatencyFigures(int Count, TimeSpan Median, TimeSpan P95, TimeSpan Max)
{
    public static LatencyFigures Of(IReadOnlyCollection<TimeSpan> latencies)
    {
        var sorted = latencies.Order().ToList();
        return sorted.Count == 0
            ? new LatencyFigures(0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero)
            : new LatencyFigures(sorted.Count, sorted[sorted.Count / 2], sorted[(int)Math.Ceiling(sorted.Count * 0.95) - 1], sorted[^1]);
    }

    public override string ToString() =>
        $"{Count} requests, median {Median.TotalMilliseconds:F0} ms, p95 {P95.TotalMilliseconds:F0} ms, max {Max.TotalMilliseconds:F0} ms";
}
