using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Streaming;

namespace Integration.Sandbox.Tests.Salesforce.Streaming;

public sealed class ReplayTests(SandboxFixture sandbox)
{
    [Fact]
    public async Task Replay_minus_two_returns_every_retained_event_and_an_explicit_id_resumes_after_it()
    {
        var org = await sandbox.NewOrgAsync();
        foreach (var name in (string[])["a", "b", "c"])
        {
            await org.CreateAsync("Account", new JsonObject { ["Name"] = name });
        }

        using var all = await StreamingSession.SubscribedAsync(org, sandbox.Host.SalesforceBaseUrl, "/data/AccountChangeEvent", replayId: -2);
        var retained = await all.CollectAsync(3);
        var firstId = BayeuxTestClient.ReplayId(retained[0]);
        using var resumed = await StreamingSession.SubscribedAsync(org, sandbox.Host.SalesforceBaseUrl, "/data/AccountChangeEvent", replayId: firstId);
        var after = await resumed.CollectAsync(2);

        Assert.Equal(["a", "b", "c"], retained.Select(e => (string)BayeuxTestClient.Payload(e)["Name"]!));
        Assert.Equal(retained.Skip(1).Select(BayeuxTestClient.ReplayId), after.Select(BayeuxTestClient.ReplayId));
    }

    [Fact]
    public async Task Replay_minus_one_delivers_only_changes_made_after_the_subscribe()
    {
        var org = await sandbox.NewOrgAsync();
        await org.CreateAsync("Account", new JsonObject { ["Name"] = "before" });
        using var client = await StreamingSession.SubscribedAsync(org, sandbox.Host.SalesforceBaseUrl, replayId: -1);
        await client.ConnectAsync();

        await org.CreateAsync("Account", new JsonObject { ["Name"] = "after" });
        var events = await client.CollectAsync(1);

        Assert.Equal("after", (string?)BayeuxTestClient.Payload(Assert.Single(events))["Name"]);
    }

    [Fact]
    public async Task Replay_id_older_than_the_retention_window_is_rejected_with_the_salesforce_text()
    {
        await using var own = await OwnSandbox.StartAsync(new StreamingOptions { Retention = TimeSpan.FromHours(72) }, tokenLifetime: TimeSpan.FromDays(10));
        var org = await own.NewOrgAsync();
        await org.CreateAsync("Account", new JsonObject { ["Name"] = "old" });
        using var early = await StreamingSession.SubscribedAsync(org, own.BaseUrl, replayId: -2);
        var oldId = BayeuxTestClient.ReplayId(Assert.Single(await early.CollectAsync(1)));
        await org.CreateAsync("Account", new JsonObject { ["Name"] = "newer" });

        own.Time!.Advance(TimeSpan.FromHours(72) + TimeSpan.FromSeconds(1));
        await org.CreateAsync("Account", new JsonObject { ["Name"] = "newest" });
        using var late = new BayeuxTestClient(own.BaseUrl, StreamingSession.Token(org));
        await late.HandshakeAsync();
        var rejected = await late.SubscribeAsync("/data/ChangeEvents", oldId);
        var events = await org.Control.GetFromJsonAsync<JsonObject>($"{org.ControlPath}/streaming/events", TestContext.Current.CancellationToken);

        Assert.Equal((false, "/data/ChangeEvents"), ((bool?)rejected["successful"], (string?)rejected["subscription"]));
        Assert.Equal($"400::The replayId {{{oldId}}} you provided was invalid.  Please provide a valid ID, -2 to replay all events, or -1 to replay only new events.", (string?)rejected["error"]);
        Assert.Equal((1, oldId + 2), ((int?)events!["retained"], (long?)events["firstReplayId"]));
    }

    [Theory]
    [InlineData(999_999)]
    [InlineData(-3)]
    public async Task Replay_id_never_issued_is_rejected(long replayId)
    {
        var org = await sandbox.NewOrgAsync();
        using var client = new BayeuxTestClient(sandbox.Host.SalesforceBaseUrl, StreamingSession.Token(org));
        await client.HandshakeAsync();

        var reply = await client.SubscribeAsync("/data/ChangeEvents", replayId);

        Assert.StartsWith($"400::The replayId {{{replayId}}} you provided was invalid.", (string?)reply["error"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_past_the_overflow_threshold_become_one_gap_overflow_event_per_entity()
    {
        await using var own = await OwnSandbox.StartAsync(new StreamingOptions { OverflowThreshold = 3 });
        var org = await own.NewOrgAsync();
        await org.SeedAsync(seed: 2, accounts: 3, contactsPerAccount: 1);
        using var client = await StreamingSession.SubscribedAsync(org, own.BaseUrl, replayId: -2);

        var headers = (await client.CollectAsync(5)).Select(BayeuxTestClient.Header).ToList();

        Assert.Equal(["Account CREATE", "Contact CREATE", "Account CREATE", "Contact GAP_OVERFLOW", "Account GAP_OVERFLOW"],
            headers.Select(h => $"{h["entityName"]} {h["changeType"]}"));
        Assert.Equal("[\"000000000000000AAA\"]", headers[3]["recordIds"]!.ToJsonString());
    }
}
