using System.Globalization;
using Integration.Connectors.NetSuite.ChangeFeed;
using Integration.Connectors.NetSuite.Query;
using Integration.Connectors.Tests.NetSuite.Harness;
using Integration.Core.Changes;
using Microsoft.Extensions.Logging.Abstractions;

namespace Integration.Connectors.Tests.NetSuite.ChangeFeed;

public sealed class NetSuiteSuiteQlPollerTests
{
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);
    private readonly PinnedClock _clock = new(At("2026-11-29T10:00:00Z"));
    private StreamPosition? _position;

    [Fact]
    public async Task First_poll_without_position_yields_the_overlap_window_before_now()
    {
        var (netSuite, poller) = Create(TimeZoneInfo.Utc);
        netSuite.Modify("customer", "1", At("2026-11-29T09:50:00Z"));
        netSuite.Modify("customer", "2", At("2026-11-29T09:59:00Z"));

        var events = await PollAsync(poller);

        var change = Assert.Single(events);
        Assert.Equal(("erp", "customer", "2", ChangeKind.Update), (change.System, change.ObjectName, change.RecordIds.Single(), change.Kind));
        Assert.Equal(At("2026-11-29T09:59:00Z"), change.CommittedAt);
        Assert.Equal("netsuite:main:suiteql:customer", _position!.Stream);
    }

    [Fact]
    public async Task Change_is_yielded_once_and_again_only_after_a_newer_modification()
    {
        var (netSuite, poller) = Create(TimeZoneInfo.Utc);
        netSuite.Modify("customer", "1", At("2026-11-29T09:59:30Z"));

        var first = await PollAsync(poller);
        _clock.Now += TimeSpan.FromSeconds(30);
        var second = await PollAsync(poller);
        netSuite.Modify("customer", "1", At("2026-11-29T10:00:20Z"));
        _clock.Now += TimeSpan.FromSeconds(30);
        var third = await PollAsync(poller);

        Assert.Single(first);
        Assert.Empty(second);
        Assert.Equal(At("2026-11-29T10:00:20Z"), Assert.Single(third).CommittedAt);
    }

    [Fact]
    public async Task Record_modified_twice_in_one_second_is_yielded_once_after_that_second_settles()
    {
        var (netSuite, poller) = Create(TimeZoneInfo.Utc);
        _clock.Now = At("2026-11-29T10:00:00.200Z");
        netSuite.Modify("customer", "1", At("2026-11-29T09:59:57.100Z"));

        var whileOpen = await PollAsync(poller);
        netSuite.Modify("customer", "1", At("2026-11-29T09:59:57.800Z"));
        _clock.Now = At("2026-11-29T10:00:10Z");
        var afterSettling = await PollAsync(poller);
        _clock.Now = At("2026-11-29T10:00:40Z");
        var later = await PollAsync(poller);

        Assert.Empty(whileOpen);
        Assert.Equal(At("2026-11-29T09:59:57Z"), Assert.Single(afterSettling).CommittedAt);
        Assert.Empty(later);
    }

    [Fact]
    public async Task Late_commit_inside_the_overlap_is_yielded_and_rows_at_the_overlap_boundary_are_not_repeated()
    {
        var (netSuite, poller) = Create(TimeZoneInfo.Utc);
        netSuite.Modify("customer", "3", At("2026-11-29T09:57:55Z"));
        netSuite.Modify("customer", "1", At("2026-11-29T09:59:30Z"));

        var first = await PollAsync(poller);
        netSuite.Modify("customer", "2", At("2026-11-29T09:59:40Z"));
        _clock.Now += TimeSpan.FromSeconds(30);
        var second = await PollAsync(poller);
        _clock.Now += TimeSpan.FromSeconds(30);
        var third = await PollAsync(poller);

        Assert.Equal(["3", "1"], first.Select(change => change.RecordIds.Single()));
        Assert.Equal(["2"], second.Select(change => change.RecordIds.Single()));
        Assert.Empty(third);
    }

    [Fact]
    public async Task Deletes_come_from_DeletedRecord_of_the_record_type_once()
    {
        var (netSuite, poller) = Create(TimeZoneInfo.Utc);
        netSuite.Delete("customer", "customer", "8", At("2026-11-29T09:59:50Z"));
        netSuite.Delete("contact", "contact", "9", At("2026-11-29T09:59:50Z"));

        var first = await PollAsync(poller);
        _clock.Now += TimeSpan.FromSeconds(30);
        var second = await PollAsync(poller);

        var deleted = Assert.Single(first);
        Assert.Equal(("8", ChangeKind.Delete), (deleted.RecordIds.Single(), deleted.Kind));
        Assert.Empty(second);
        Assert.Contains(netSuite.Requests, request => request.Query.Contains("FROM deletedrecord WHERE (type = 'customer')", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Poll_reads_and_writes_datetimes_in_the_token_users_time_zone_and_reports_UTC()
    {
        var losAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        var (netSuite, poller) = Create(losAngeles);
        netSuite.Modify("customer", "1", At("2026-11-29T09:59:00Z"));

        var change = Assert.Single(await PollAsync(poller));

        Assert.Equal(At("2026-11-29T09:59:00Z"), change.CommittedAt);
        Assert.Equal(
            "SELECT id AS id, TO_CHAR(lastmodifieddate, 'YYYY-MM-DD HH24:MI:SS') AS stamp FROM customer"
            + " WHERE (lastmodifieddate >= TO_DATE('2026-11-29 01:57:55', 'YYYY-MM-DD HH24:MI:SS'))"
            + " AND (lastmodifieddate < TO_DATE('2026-11-29 01:59:55', 'YYYY-MM-DD HH24:MI:SS')) ORDER BY lastmodifieddate, id",
            netSuite.Requests[0].Query);
    }

    [Fact]
    public async Task Change_in_the_repeated_fall_back_hour_is_yielded_once()
    {
        // 2026-11-01: Los Angeles falls back from 02:00 PDT to 01:00 PST at 09:00 UTC, so 01:xx happens twice.
        var losAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        var (netSuite, poller) = Create(losAngeles);
        _clock.Now = At("2026-11-01T08:50:00Z");
        var before = await PollAsync(poller);
        netSuite.Modify("customer", "1", At("2026-11-01T09:10:00Z"));

        _clock.Now = At("2026-11-01T09:15:00Z");
        var during = await PollAsync(poller);
        _clock.Now = At("2026-11-01T09:20:00Z");
        var after = await PollAsync(poller);

        Assert.Empty(before);
        Assert.Equal("1", Assert.Single(during).RecordIds.Single());
        Assert.Empty(after);
    }

    [Fact]
    public async Task More_rows_than_one_page_are_read_with_offsets_and_each_yielded_once()
    {
        var (netSuite, poller) = Create(TimeZoneInfo.Utc);
        for (var i = 1; i <= 1500; i++)
        {
            netSuite.Modify("customer", i.ToString(CultureInfo.InvariantCulture), At("2026-11-29T09:59:00Z").AddMilliseconds(i * 10));
        }

        var events = await PollAsync(poller);

        Assert.Equal(1500, events.Select(change => change.RecordIds.Single()).Distinct().Count());
        Assert.Equal([(1000, 0), (1000, 1000)], netSuite.Requests.Where(r => r.Query.Contains("FROM customer", StringComparison.Ordinal)).Select(r => (r.Limit, r.Offset)));
    }

    [Fact]
    public async Task Position_of_another_stream_is_refused()
    {
        var (_, poller) = Create(TimeZoneInfo.Utc);

        var error = await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var _ in poller.ReadAsync(new StreamPosition("netsuite:main:suiteql:contact", "{}"), TestContext.Current.CancellationToken))
            {
            }
        });

        Assert.Contains("netsuite:main:suiteql:customer", error.Message, StringComparison.Ordinal);
    }

    private (FakeSuiteQl NetSuite, NetSuiteSuiteQlPoller Poller) Create(TimeZoneInfo zone)
    {
        var netSuite = new FakeSuiteQl(zone);
        var lanes = new SuiteQlLaneReader(netSuite, new SuiteQlDateTimes(zone), Overlap, maxKeys: 2000);
        return (netSuite, new NetSuiteSuiteQlPoller("main", "erp", "customer", lanes, Settle, _clock, NullLogger.Instance));
    }

    /// <summary>One poll from the last committed position; commits the last batch's position, as the caller would.</summary>
    private async Task<List<ChangeEvent>> PollAsync(NetSuiteSuiteQlPoller poller)
    {
        var events = new List<ChangeEvent>();
        await foreach (var batch in poller.ReadAsync(_position, TestContext.Current.CancellationToken))
        {
            events.AddRange(batch.Events);
            _position = batch.Position;
        }

        return events;
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
