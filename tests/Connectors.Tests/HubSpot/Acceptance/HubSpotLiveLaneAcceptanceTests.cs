using System.Collections.Concurrent;
using System.Diagnostics;
using Integration.Core.Records;

namespace Integration.Connectors.Tests.HubSpot.Acceptance;

/// <summary>Done when: a backfill in the bulk lane does not push live-lane request latency over 2 s.</summary>
[Trait("Category", "Acceptance")]
[Collection(HubSpotAcceptanceGroup.Name)]
public sealed class HubSpotLiveLaneAcceptanceTests(ITestOutputHelper output)
{
    private const int BackfillRecords = 10_000;
    private static readonly TimeSpan LiveBound = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LiveInterval = TimeSpan.FromMilliseconds(400);

    [Fact]
    public async Task Live_reads_and_writes_during_a_bulk_backfill_each_take_at_most_2_seconds()
    {
        await using var portal = await HubSpotAcceptancePortal.StartAsync(tenSecondLimit: 100, searchPerSecond: 5);
        await portal.ControlAsync(HttpMethod.Post, "/seed", new { seed = 3, companies = 1, contactsPerCompany = 20 });
        var seeded = await portal.ListIdsAsync("contacts");
        var backfill = Enumerable.Range(1, BackfillRecords)
            .Select(i => new RecordUpsert($"backfill{i}@latency.example.com", HubSpotAcceptancePortal.Fields(("lastname", $"Backfill{i}"))))
            .ToList();
        var writer = portal.Connector.Writer;
        var cancellationToken = TestContext.Current.CancellationToken;

        var started = Stopwatch.GetTimestamp();
        var bulk = Task.WhenAll(backfill.Chunk(BackfillRecords / 2).Select(part => writer.UpsertAsync("contacts", "email", part, WriteLane.Bulk, cancellationToken)));
        var latencies = new ConcurrentQueue<TimeSpan>();
        var liveFailures = new ConcurrentQueue<string>();
        using var timer = new PeriodicTimer(LiveInterval);
        for (var tick = 0; !bulk.IsCompleted && await timer.WaitForNextTickAsync(cancellationToken); tick++)
        {
            var sent = Stopwatch.GetTimestamp();
            if (tick % 2 == 0)
            {
                var ids = seeded.Skip(tick % seeded.Count).Take(3).ToList();
                var read = await portal.Connector.Reader.ReadByIdsAsync("contacts", ids, ["email"], cancellationToken);
                if (read.Count != ids.Count)
                {
                    liveFailures.Enqueue($"read of {ids.Count} ids returned {read.Count}");
                }
            }
            else
            {
                var live = new RecordUpsert($"live{tick}@latency.example.com", HubSpotAcceptancePortal.Fields(("firstname", $"Live{tick}")));
                var written = await writer.UpsertAsync("contacts", "email", [live], WriteLane.Live, cancellationToken);
                if (!written.Single().Succeeded)
                {
                    liveFailures.Enqueue($"live write {live.ExternalId} failed: {written.Single().Failure}");
                }
            }

            latencies.Enqueue(Stopwatch.GetElapsedTime(sent));
        }

        var bulkResults = (await bulk).SelectMany(part => part).ToList();
        var elapsed = Stopwatch.GetElapsedTime(started);
        var figures = LatencyFigures.Of(latencies);
        output.WriteLine($"backfill: {BackfillRecords} records in {elapsed.TotalSeconds:F2} s = {BackfillRecords / elapsed.TotalSeconds:F0} records/s");
        output.WriteLine($"live lane: {figures}");
        output.WriteLine("live latencies in order (ms): " + string.Join(" ", latencies.Select(latency => latency.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture))));
        output.WriteLine($"{portal.Tally.Requests} requests, {portal.Tally.Throttled} answered 429");
        Assert.Empty(liveFailures);
        Assert.True(bulkResults.All(result => result.Succeeded), $"backfill failures, e.g. {bulkResults.FirstOrDefault(result => !result.Succeeded)}");
        // The backfill lasts about 10 s; live requests every 400 ms make well over 10 of them.
        Assert.True(figures.Count >= 10, $"only {figures.Count} live requests ran during the backfill");
        Assert.True(figures.Max <= LiveBound, $"the slowest live request took {figures.Max.TotalMilliseconds:F0} ms; at most {LiveBound.TotalMilliseconds:F0} ms is allowed ({figures})");
    }
}
