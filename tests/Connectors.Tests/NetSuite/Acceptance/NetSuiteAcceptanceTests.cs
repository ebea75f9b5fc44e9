using System.Diagnostics;
using System.Text.Json;
using Integration.Connectors.Tests.Sandboxes;
using Integration.Core.Changes;
using Integration.Core.Records;

namespace Integration.Connectors.Tests.NetSuite.Acceptance;

/// <summary>Issue 5's "done when" checks, through the connector against the NetSuite sandbox.</summary>
[Trait("Category", "Acceptance")]
public sealed class NetSuiteAcceptanceTests(SandboxFixture sandbox, ITestOutputHelper output) : IClassFixture<SandboxFixture>
{
    private const string System = "ns";
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan SettleDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan StampGranularity = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task With_30pct_of_webhooks_dropped_every_load_generator_change_reaches_the_feed_within_one_poll_interval_and_none_twice()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var clock = Stopwatch.StartNew();
        await using var tenant = await sandbox.NewNetSuiteTenantAsync(new Dictionary<string, string?>
        {
            [$"Connections:{NetSuiteSandboxTenant.Connection}:PollSettleDelay"] = SettleDelay.ToString(),
        });
        await using var endpoint = await NetSuiteWebhookEndpoint.StartAsync(tenant.WebhookReceiver, NetSuiteSandboxTenant.Connection, System, sandbox.Clock);
        await tenant.SeedCustomersAsync(200, contactsPerCustomer: 1);
        await tenant.SetWebhookAsync(endpoint.Url);
        await tenant.SetWebhookFaultsAsync(30, new { rate = 0.30, errorCode = "DROP" });
        var log = new SuiteQlPollLog(
            [tenant.ChangeFeeds.CreatePoller(NetSuiteSandboxTenant.Connection, System, "customer"), tenant.ChangeFeeds.CreatePoller(NetSuiteSandboxTenant.Connection, System, "contact")],
            sandbox.Clock);
        await log.PollAsync(cancellationToken);

        var run = await RunUsersWhilePollingAsync(tenant, log, cancellationToken);

        var edits = run.GetProperty("edits").GetInt64();
        await AwaitAsync(async () => WebhooksSettled(await tenant.CountsAsync()) >= edits, $"{edits} webhooks sent, dropped or failed");
        var webhooks = (await tenant.CountsAsync()).GetProperty("webhooks");
        var finals = await FinalStampsAsync(tenant, run, cancellationToken);
        var missing = new List<string>();
        var caughtByPollOnly = 0;
        var latest = TimeSpan.Zero;
        foreach (var ((type, id), stamp) in finals)
        {
            var byWebhook = endpoint.Accepted.Any(a => Is(a.Event, type, id, stamp));
            var due = log.Polls.First(p => p.StartedAt - SettleDelay >= stamp + StampGranularity);
            var poll = log.Polls.Take(due.Index + 1).FirstOrDefault(p => p.Events.Any(e => Is(e, type, id, stamp)));
            if (!byWebhook && poll is null)
            {
                missing.Add($"{type} {id} @ {stamp:O} (due in poll {due.Index})");
            }
            else if (!byWebhook)
            {
                caughtByPollOnly++;
                latest = TimeSpan.FromTicks(Math.Max(latest.Ticks, (poll!.StartedAt - stamp).Ticks));
            }
        }

        var polled = log.Polls.SelectMany(p => p.Events).Select(Key).ToList();
        var union = polled.Concat(endpoint.Accepted.Select(a => Key(a.Event))).Distinct().Count();
        output.WriteLine(
            $"{edits} edits of {finals.Count} records; webhooks sent {webhooks.GetProperty("sent")}, dropped {webhooks.GetProperty("dropped")}; "
            + $"{log.Polls.Count} polls every {PollInterval.TotalSeconds} s; {caughtByPollOnly} final changes caught by polling only, at most {latest.TotalSeconds:F1} s after their stamp; "
            + $"{union} distinct (id, lastmodified) in the feed; {clock.Elapsed.TotalSeconds:F1} s in all.");
        Assert.True(missing.Count == 0, $"{missing.Count} changes never reached the feed in time: {string.Join("; ", missing.Take(5))}");
        Assert.True(caughtByPollOnly > 0, "no change depended on polling: the dropped webhooks were not exercised");
        Assert.Equal((0, 0), (webhooks.GetProperty("failed").GetInt32(), endpoint.Rejected));
        Assert.Empty(polled.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Equal(endpoint.Accepted.Count, endpoint.Accepted.Select(a => a.Event.EventId).Distinct().Count());
    }

    // 5: the connector is sized to the account. 10: it over-reaches, so the account refuses requests with 429
    // CONCURRENCY_LIMIT_EXCEEDED and the connector must back off and resend.
    [Theory]
    [InlineData(5)]
    [InlineData(10)]
    public async Task Upsert_of_20k_with_the_account_limited_to_5_concurrent_requests_has_zero_failed_and_zero_duplicated_records(int connectorLimit)
    {
        const int count = 20_000;
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var tenant = await sandbox.NewNetSuiteTenantAsync(new Dictionary<string, string?>
        {
            [$"Connections:{NetSuiteSandboxTenant.Connection}:ConcurrencyLimit"] = connectorLimit.ToString(global::System.Globalization.CultureInfo.InvariantCulture),
        });
        await tenant.SetConcurrencyLimitAsync(5);
        var upserts = Enumerable.Range(0, count)
            .Select(i => new RecordUpsert($"EXT-{i:D6}", new Dictionary<string, JsonElement> { ["companyName"] = JsonSerializer.SerializeToElement($"Customer {i}") }))
            .ToList();
        var clock = Stopwatch.StartNew();

        var results = await tenant.Connector.Writer.UpsertAsync("customer", "externalId", upserts, WriteLane.Bulk, cancellationToken);

        clock.Stop();
        var failed = results.Where(r => !r.Succeeded).ToList();
        var suiteQlCount = await tenant.Connector.Aggregates.CountAsync("customer", null, cancellationToken);
        var externalIds = new List<string>();
        await foreach (var record in tenant.Connector.Reader.StreamAsync("customer", ["externalId"], new RecordStreamOptions(), cancellationToken))
        {
            externalIds.Add(record.Fields["externalId"].GetString()!);
        }

        var counts = await tenant.CountsAsync();
        output.WriteLine(
            $"Upserted {count} customers (connector limit {connectorLimit}, account limit 5) in {clock.Elapsed.TotalSeconds:F2} s ({count / clock.Elapsed.TotalSeconds:F0}/s); "
            + $"failed {failed.Count}; sandbox refused {counts.GetProperty("concurrencyRejected")} requests over the limit.");
        Assert.True(failed.Count == 0, $"{failed.Count} records failed; first: {failed.FirstOrDefault()?.Failure}");
        Assert.Equal(count, suiteQlCount);
        Assert.Equal(count, externalIds.Count);
        Assert.Equal(count, externalIds.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(count, counts.GetProperty("customer").GetProperty("live").GetInt64());
        Assert.True(connectorLimit <= 5 || counts.GetProperty("concurrencyRejected").GetInt64() > 0, "the over-reaching connector was never refused: the limit was not exercised");
    }

    private async Task<JsonElement> RunUsersWhilePollingAsync(NetSuiteSandboxTenant tenant, SuiteQlPollLog log, CancellationToken cancellationToken)
    {
        var runId = await tenant.StartUsersAsync(users: 4, editsPerSecond: 5, durationSeconds: 6, seed: 11);
        using var timer = new PeriodicTimer(PollInterval, sandbox.Clock);
        DateTimeOffset? doneAt = null;
        JsonElement run;
        do
        {
            Assert.True(await timer.WaitForNextTickAsync(cancellationToken), "the poll timer stopped");
            await log.PollAsync(cancellationToken);
            run = await tenant.UsersRunAsync(runId);
            doneAt ??= run.GetProperty("done").GetBoolean() ? sandbox.Clock.GetUtcNow() : null;
        }
        while (doneAt is null || log.Polls[^1].StartedAt - SettleDelay < doneAt + StampGranularity);

        return run;
    }

    private static async Task<Dictionary<(string Type, string Id), DateTimeOffset>> FinalStampsAsync(NetSuiteSandboxTenant tenant, JsonElement run, CancellationToken cancellationToken)
    {
        var edited = run.GetProperty("edited").EnumerateArray().Select(e => (Type: e.GetProperty("recordType").GetString()!, Id: e.GetProperty("id").GetString()!)).ToList();
        var finals = new Dictionary<(string Type, string Id), DateTimeOffset>();
        foreach (var group in edited.GroupBy(e => e.Type))
        {
            foreach (var record in await tenant.Connector.Reader.ReadByIdsAsync(group.Key, group.Select(e => e.Id).ToList(), ["externalId"], cancellationToken))
            {
                finals[(group.Key, record.Id)] = record.Version.ModifiedAt;
            }
        }

        Assert.Equal(edited.Count, finals.Count);
        return finals;
    }

    private static bool Is(ChangeEvent change, string type, string id, DateTimeOffset stamp) =>
        change.ObjectName == type && change.RecordIds.Contains(id) && change.CommittedAt == stamp;

    private static (string, string, DateTimeOffset) Key(ChangeEvent change) => (change.ObjectName, change.RecordIds[0], change.CommittedAt);

    private static long WebhooksSettled(JsonElement counts)
    {
        var webhooks = counts.GetProperty("webhooks");
        return webhooks.GetProperty("sent").GetInt64() + webhooks.GetProperty("dropped").GetInt64() + webhooks.GetProperty("failed").GetInt64();
    }

    private static async Task AwaitAsync(Func<Task<bool>> condition, string awaited)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (!await condition())
        {
            try
            {
                await Task.Delay(20, timeout.Token);
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                Assert.Fail($"Timed out after 10 s awaiting {awaited}.");
            }
        }
    }
}
