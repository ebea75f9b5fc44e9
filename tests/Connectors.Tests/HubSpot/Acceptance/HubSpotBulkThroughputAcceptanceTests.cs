using System.Diagnostics;
using Integration.Core.Records;

namespace Integration.Connectors.Tests.HubSpot.Acceptance;

/// <summary>
/// Done when: against the sandbox set to 100 requests per 10 s, a 20k-record batch upsert reaches at
/// least 90% of the ceiling (batch size 100 × 10 requests/s = 1,000 records/s), no record fails,
/// and at most 1% of requests get a 429.
/// </summary>
[Trait("Category", "Acceptance")]
[Collection(HubSpotAcceptanceGroup.Name)]
public sealed class HubSpotBulkThroughputAcceptanceTests(ITestOutputHelper output)
{
    private const int Records = 20_000;
    private const int TenSecondLimit = 100;
    private const double Ceiling = 100.0 * TenSecondLimit / 10.0;

    [Fact]
    public async Task Bulk_upsert_of_20k_contacts_at_100_per_10s_reaches_90_percent_of_the_ceiling_with_at_most_1_percent_429s()
    {
        await using var portal = await HubSpotAcceptancePortal.StartAsync(TenSecondLimit, searchPerSecond: 5);
        var records = Enumerable.Range(1, Records)
            .Select(i => new RecordUpsert($"bulk{i}@throughput.example.com", HubSpotAcceptancePortal.Fields(("firstname", $"Bulk{i}"), ("lastname", "Load"))))
            .ToList();

        // Four workers, as the engine would run them, share the one budget of the portal and app.
        var started = Stopwatch.GetTimestamp();
        var parts = await Task.WhenAll(records.Chunk(Records / 4).Select(part =>
            portal.Connector.Writer.UpsertAsync("contacts", "email", part, WriteLane.Bulk, TestContext.Current.CancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(started);

        var results = parts.SelectMany(part => part).ToList();
        var throughput = Records / elapsed.TotalSeconds;
        var throttledShare = (double)portal.Tally.Throttled / portal.Tally.Requests;
        output.WriteLine($"{Records} records in {elapsed.TotalSeconds:F2} s = {throughput:F0} records/s, {throughput / Ceiling:P1} of the {Ceiling:F0} records/s ceiling");
        output.WriteLine($"{portal.Tally.Requests} requests, {portal.Tally.Throttled} answered 429 ({throttledShare:P2})");
        var failed = results.Where(result => !result.Succeeded).ToList();
        Assert.True(failed.Count == 0, $"{failed.Count} records failed, e.g. {failed.FirstOrDefault()}");
        Assert.Equal(Records, results.Count);
        Assert.Equal((Records, 0L), await portal.CountsAsync("contacts"));
        Assert.True(throughput >= 0.9 * Ceiling, $"throughput {throughput:F0} records/s is under 90% of the {Ceiling:F0} records/s ceiling");
        Assert.True(throttledShare <= 0.01, $"{portal.Tally.Throttled} of {portal.Tally.Requests} requests answered 429 ({throttledShare:P2}); at most 1% may");
    }
}
