using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace Integration.Sandbox.Tests.Salesforce.Streaming;

public sealed class UserEditLoadTests
{
    [Fact]
    public async Task User_edits_run_at_the_rate_for_the_duration_as_ui_changes_with_empty_change_origin()
    {
        await using var own = await OwnSandbox.StartAsync();
        var org = await own.NewOrgAsync();
        await org.SeedAsync(seed: 5, accounts: 5, contactsPerAccount: 1, opportunitiesPerAccount: 1);
        using var client = await StreamingSession.SubscribedAsync(org, own.BaseUrl);
        await client.ConnectAsync();

        await StartAsync(org, new { ratePerSecond = 40, durationSeconds = 1, seed = 3 });
        var status = await WaitStoppedAsync(org, own.Time!);
        Assert.True((long?)status["edits"] == 40, status.ToJsonString());
        var events = (await client.CollectAsync(40)).Select(BayeuxTestClient.Header).ToList();

        Assert.Equal(40, (long?)status["edits"]);
        Assert.All(events, h => Assert.Equal(("UPDATE", ""), ((string?)h["changeType"], (string?)h["changeOrigin"])));
        Assert.True(events.Select(h => (string)h["entityName"]!).Distinct().Count() > 1, "edits should touch several objects");
        Assert.True(events.Select(h => (string)h["commitUser"]!).Distinct().Count() > 1, "edits should come from several users");
    }

    [Fact]
    public async Task Subscriber_keeps_up_with_500_user_edits_per_second()
    {
        await using var own = await OwnSandbox.StartAsync(realClock: true);
        var org = await own.NewOrgAsync();
        await org.SeedAsync(seed: 6, accounts: 200, contactsPerAccount: 1);
        using var client = await StreamingSession.SubscribedAsync(org, own.BaseUrl);
        await client.ConnectAsync();

        var clock = Stopwatch.StartNew();
        await StartAsync(org, new { ratePerSecond = 500, durationSeconds = 2, seed = 1 });
        var events = await client.CollectAsync(1_000);
        var elapsed = clock.Elapsed;

        Assert.Equal(1_000, events.Select(BayeuxTestClient.ReplayId).Distinct().Count());
        Assert.True(elapsed < TimeSpan.FromSeconds(4), $"the last of 1,000 edits made over 2 s arrived after {elapsed.TotalSeconds:F2} s");
    }

    private static async Task StartAsync(SalesforceTestOrg org, object request)
    {
        using var response = await org.Control.PostAsJsonAsync($"{org.ControlPath}/streaming/user-edits", request, TestContext.Current.CancellationToken);
        Assert.True((int)response.StatusCode == 202, $"user-edits answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
    }

    /// <summary>Moves the fake clock one load tick at a time, reading the load's status between steps, until it stops (bounded).</summary>
    private static async Task<JsonObject> WaitStoppedAsync(SalesforceTestOrg org, FakeTimeProvider time)
    {
        JsonObject? status = null;
        for (var attempt = 0; attempt < 500 && (bool?)status?["running"] != false; attempt++)
        {
            time.Advance(TimeSpan.FromMilliseconds(20));
            status = await org.Control.GetFromJsonAsync<JsonObject>($"{org.ControlPath}/streaming/user-edits", TestContext.Current.CancellationToken);
        }

        Assert.True((bool?)status!["running"] == false, $"the load is still running: {status.ToJsonString()}");
        return status;
    }
}
