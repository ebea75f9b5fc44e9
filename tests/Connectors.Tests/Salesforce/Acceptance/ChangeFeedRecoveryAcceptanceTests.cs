using System.Text.Json;
using Integration.Core.Records;

namespace Integration.Connectors.Tests.Salesforce.Acceptance;

/// <summary>The sandbox's streaming faults against the connector: gap and overflow events become resyncs; lost sessions and tokens are recovered without loss.</summary>
[Trait("Category", "Acceptance")]
[Collection(CdcAcceptance.Collection)]
public sealed class ChangeFeedRecoveryAcceptanceTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Gap", "GAP_CREATE", true)]
    [InlineData("Overflow", "GAP_OVERFLOW", false)]
    public async Task Gap_fault_on_our_writes_yields_a_resync_of_the_records_or_the_object(string fault, string reason, bool byIds)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var sandbox = await CdcSandbox.StartAsync(cancellationToken);
        await sandbox.SeedAsync(seed: 4, accounts: 5, cancellationToken);
        await sandbox.SendAsync(HttpMethod.Put, $"{sandbox.StreamingPath}/faults", new { seed = 4, rules = new[] { new { kind = fault, rate = 1.0, entity = "Account" } } }, cancellationToken);
        var feed = sandbox.NewFeed();
        using var read = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var subscriber = new CheckpointingSubscriber();
        subscriber.Start(feed, await sandbox.CurrentPositionAsync(feed, cancellationToken), read.Token);

        var records = Enumerable.Range(1, 3).Select(n => new RecordUpsert($"ACC-GAP-{n}", new Dictionary<string, JsonElement> { ["Name"] = JsonSerializer.SerializeToElement($"Gap {n}") })).ToList();
        var writtenAt = TimeProvider.System.GetUtcNow();
        var written = await sandbox.Writer.UpsertAsync("Account", "External_Id__c", records, WriteLane.Live, cancellationToken);
        // The sandbox publishes one CREATE per record here (different values), and the fault replaces each.
        await subscriber.WaitForAsync(s => s.Resyncs.Count >= records.Count, CdcAcceptance.Timeout, $"a resync for each of the {records.Count} {fault} events");
        await read.CancelAsync();
        await subscriber.Completion;

        var resyncs = subscriber.Resyncs.ToList();
        output.WriteLine(string.Join(Environment.NewLine, resyncs.Select(r => $"resync: {r.ObjectName} ids [{string.Join(',', r.RecordIds ?? [])}] since {r.ModifiedSince:O} ({r.Reason})")));
        Assert.Empty(subscriber.Events);
        Assert.Equal(records.Count, resyncs.Count);
        Assert.All(resyncs, r => Assert.Equal(("Account", reason, CdcSandbox.System), (r.ObjectName, r.Reason, r.System)));
        if (byIds)
        {
            Assert.Equal(written.Select(r => r.Id!).Order(), resyncs.SelectMany(r => r.RecordIds!).Order());
            Assert.All(resyncs, r => Assert.Null(r.ModifiedSince));
        }
        else
        {
            // GAP_OVERFLOW has no real ids: the whole object since the commit time minus the 5-minute safety margin.
            Assert.All(resyncs, r => Assert.Null(r.RecordIds));
            Assert.All(resyncs, r => Assert.InRange(r.ModifiedSince!.Value, writtenAt.AddMinutes(-5).AddSeconds(-1), TimeProvider.System.GetUtcNow().AddMinutes(-5)));
        }
    }

    [Fact]
    public async Task Handshake_denied_for_a_revoked_token_is_retried_with_a_fresh_token()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var sandbox = await CdcSandbox.StartAsync(cancellationToken);
        await sandbox.SeedAsync(seed: 7, accounts: 5, cancellationToken);
        await UpsertAsync(sandbox, "ACC-DENIED-0", cancellationToken);
        // The connection's cached token is now revoked: the feed's first handshake gets "403::Handshake denied"
        // with ext.sfdc.failureReason "401::Authentication invalid".
        var revoked = await sandbox.SendAsync(HttpMethod.Post, $"_sandbox/salesforce/orgs/{sandbox.Org}/sessions/revoke", null, cancellationToken);
        var feed = sandbox.NewFeed();
        using var read = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var subscriber = new CheckpointingSubscriber();
        subscriber.Start(feed, await sandbox.CurrentPositionAsync(feed, cancellationToken), read.Token);

        // Simulated users, not our writer, make the edits: only the feed's own token refresh can let it see them.
        await sandbox.StartUserEditsAsync(ratePerSecond: 100, durationSeconds: 0.1, seed: 71, cancellationToken);
        await subscriber.WaitForAsync(s => s.Events.Count >= 10, CdcAcceptance.Timeout, "10 user edits made after the token was revoked");
        await read.CancelAsync();
        await subscriber.Completion;

        Assert.True((int?)revoked["revoked"] >= 1, $"revoke answered {revoked.ToJsonString()}");
        Assert.Equal(10, subscriber.Events.Count);
    }

    private static async Task<RecordWriteResult> UpsertAsync(CdcSandbox sandbox, string externalId, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, JsonElement> { ["Name"] = JsonSerializer.SerializeToElement(externalId) };
        var result = Assert.Single(await sandbox.Writer.UpsertAsync("Account", "External_Id__c", [new RecordUpsert(externalId, fields)], WriteLane.Live, cancellationToken));
        Assert.True(result.Failure is null, $"upsert of {externalId} failed: {result.Failure}");
        return result;
    }

    [Theory]
    [InlineData("streaming/sessions/drop", "dropped")]
    [InlineData("sessions/revoke", "revoked")]
    public async Task Session_lost_twice_during_user_edits_is_reestablished_without_losing_an_edit(string loss, string countKey)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var sandbox = await CdcSandbox.StartAsync(cancellationToken);
        await sandbox.SeedAsync(seed: 5, accounts: 100, cancellationToken);
        var feed = sandbox.NewFeed();
        var start = await sandbox.CurrentPositionAsync(feed, cancellationToken);
        using var read = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var subscriber = new CheckpointingSubscriber();
        subscriber.Start(feed, start, read.Token);

        await sandbox.StartUserEditsAsync(ratePerSecond: 200, durationSeconds: 5, seed: 51, cancellationToken);
        var clientIds = new List<string>();
        foreach (var seen in new[] { 250, 600 })
        {
            await subscriber.WaitForAsync(s => s.Events.Count >= seen, CdcAcceptance.Timeout, $"{seen} edits before losing the session");
            clientIds.AddRange(await sandbox.ClientIdsAsync(cancellationToken));
            var lost = await sandbox.SendAsync(HttpMethod.Post, $"_sandbox/salesforce/orgs/{sandbox.Org}/{loss}", null, cancellationToken);
            Assert.True((int?)lost[countKey] >= 1, $"{loss} after {seen} edits answered {lost.ToJsonString()}");
        }

        await subscriber.WaitForAsync(s => s.Events.Count >= 1_000, CdcAcceptance.Timeout, "all 1,000 edits after two lost sessions");
        var last = await sandbox.LastReplayIdAsync(cancellationToken);
        clientIds.AddRange(await sandbox.ClientIdsAsync(cancellationToken));
        await read.CancelAsync();
        await subscriber.Completion;

        var first = CheckpointingSubscriber.ReplayId(start);
        var missing = Enumerable.Range(1, (int)(last - first)).Select(i => first + i).Where(id => !subscriber.Events.ContainsKey(id)).ToList();
        output.WriteLine($"{loss}: {subscriber.Events.Count} events, max lag {subscriber.MaxLag.TotalMilliseconds:F0} ms, clients seen {string.Join(", ", clientIds.Distinct())}");
        Assert.Equal(first + 1_000, last);
        Assert.Empty(missing);
        Assert.Equal(0, subscriber.Duplicates);
        Assert.True(clientIds.Distinct().Count() >= 3, $"expected a new handshake after each of two lost sessions; clients seen: {string.Join(", ", clientIds.Distinct())}");
    }
}
