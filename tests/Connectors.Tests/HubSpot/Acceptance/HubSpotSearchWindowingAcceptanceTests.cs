using System.Diagnostics;
using Integration.Core.Records;

namespace Integration.Connectors.Tests.HubSpot.Acceptance;

/// <summary>Done when: 50k seeded contacts read through the connector with search windowing, none missed, none duplicated.</summary>
[Trait("Category", "Acceptance")]
[Collection(HubSpotAcceptanceGroup.Name)]
public sealed class HubSpotSearchWindowingAcceptanceTests(ITestOutputHelper output)
{
    private const int Contacts = 50_000;

    [Fact]
    public async Task StreamAsync_over_50k_seeded_contacts_yields_every_sandbox_id_exactly_once()
    {
        // Search is 5/s by default; 250 searches would take 50 s, so this portal allows 50/s (the budget is told the same).
        await using var portal = await HubSpotAcceptancePortal.StartAsync(tenSecondLimit: 100_000, searchPerSecond: 50);
        await portal.ControlAsync(HttpMethod.Post, "/seed", new { seed = 11, companies = 500, contactsPerCompany = 100 });
        var expected = await portal.ListIdsAsync("contacts");
        Assert.Equal(Contacts, expected.Count);
        var searchesBefore = portal.Tally.Searches;

        var started = Stopwatch.GetTimestamp();
        var seen = new List<string>(Contacts);
        await foreach (var record in portal.Connector.Reader.StreamAsync("contacts", ["email"], new RecordStreamOptions(), TestContext.Current.CancellationToken))
        {
            seen.Add(record.Id);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var searches = portal.Tally.Searches - searchesBefore;
        output.WriteLine($"streamed {seen.Count} contacts in {elapsed.TotalSeconds:F1} s through {searches} searches ({portal.Tally.Throttled} answered 429)");
        var duplicated = seen.GroupBy(id => id, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        var missed = expected.Except(seen, StringComparer.Ordinal).ToList();
        var unknown = seen.Except(expected, StringComparer.Ordinal).ToList();
        Assert.True(duplicated.Count == 0, $"{duplicated.Count} ids yielded more than once, e.g. {string.Join(", ", duplicated.Take(5))}");
        Assert.True(missed.Count == 0, $"{missed.Count} sandbox ids never yielded, e.g. {string.Join(", ", missed.Take(5))}");
        Assert.True(unknown.Count == 0, $"{unknown.Count} yielded ids the sandbox does not list, e.g. {string.Join(", ", unknown.Take(5))}");
        Assert.Equal(Contacts, seen.Count);
        // 200 per page: a single search window stops at 10,000, so at least 250 searches means the stream re-anchored.
        Assert.InRange(searches, Contacts / 200, (Contacts / 200) + 10);
    }
}
