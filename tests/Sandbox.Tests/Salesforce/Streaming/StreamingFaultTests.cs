using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.Salesforce.Streaming;

public sealed class StreamingFaultTests(SandboxFixture sandbox)
{
    [Theory]
    [InlineData("Gap", new[] { "Account GAP_UPDATE", "Contact UPDATE" })]
    [InlineData("Overflow", new[] { "Account GAP_OVERFLOW", "Contact UPDATE" })]
    [InlineData("Duplicate", new[] { "Account UPDATE", "Account UPDATE", "Contact UPDATE" })]
    [InlineData("Drop", new[] { "Contact UPDATE" })]
    [InlineData("Reorder", new[] { "Contact UPDATE", "Account UPDATE" })]
    public async Task Fault_on_account_events_changes_what_the_subscriber_receives(string kind, string[] expected)
    {
        var org = await sandbox.NewOrgAsync();
        var account = await org.CreateAsync("Account", new JsonObject { ["Name"] = "A" });
        var contact = await org.CreateAsync("Contact", new JsonObject { ["LastName"] = "C" });
        using var client = await StreamingSession.SubscribedAsync(org, sandbox.Host.SalesforceBaseUrl);
        await client.ConnectAsync();
        await ConfigureAsync(org, new { kind, rate = 1.0, entity = "Account", delayMs = 600_000 });

        await org.CallAsync(HttpMethod.Patch, $"sobjects/Account/{account}", new JsonObject { ["Phone"] = "9" });
        await org.CallAsync(HttpMethod.Patch, $"sobjects/Contact/{contact}", new JsonObject { ["Title"] = "marker" });
        var events = await client.CollectAsync(expected.Length);

        Assert.Equal(expected, events.Select(e => $"{BayeuxTestClient.Header(e)["entityName"]} {BayeuxTestClient.Header(e)["changeType"]}"));
        var accountEvent = events.First(e => (string?)BayeuxTestClient.Header(e)["entityName"] == "Account" || kind == "Drop");
        switch (kind)
        {
            case "Gap":
                Assert.Equal($"[\"{account}\"]", BayeuxTestClient.Header(accountEvent)["recordIds"]!.ToJsonString());
                Assert.Equal(["ChangeEventHeader"], BayeuxTestClient.Payload(accountEvent).Select(p => p.Key));
                break;
            case "Overflow":
                Assert.Equal("[\"000000000000000AAA\"]", BayeuxTestClient.Header(accountEvent)["recordIds"]!.ToJsonString());
                break;
            case "Duplicate":
                Assert.Equal(BayeuxTestClient.ReplayId(events[0]), BayeuxTestClient.ReplayId(events[1]));
                break;
            case "Reorder":
                Assert.True(BayeuxTestClient.ReplayId(events[1]) > BayeuxTestClient.ReplayId(events[0]), "replay ids stay increasing");
                Assert.True((long)BayeuxTestClient.Header(events[1])["commitNumber"]! < (long)BayeuxTestClient.Header(events[0])["commitNumber"]!, "the account change committed first");
                break;
        }
    }

    [Fact]
    public async Task Delayed_event_is_retained_after_the_delay_with_a_later_replay_id()
    {
        await using var own = await OwnSandbox.StartAsync();
        var org = await own.NewOrgAsync();
        var account = await org.CreateAsync("Account", new JsonObject { ["Name"] = "A" });
        var contact = await org.CreateAsync("Contact", new JsonObject { ["LastName"] = "C" });
        using var client = await StreamingSession.SubscribedAsync(org, own.BaseUrl);
        await client.ConnectAsync();
        await ConfigureAsync(org, new { kind = "Delay", rate = 1.0, entity = "Account", delayMs = 1_000 });

        await org.CallAsync(HttpMethod.Patch, $"sobjects/Account/{account}", new JsonObject { ["Phone"] = "9" });
        await org.CallAsync(HttpMethod.Patch, $"sobjects/Contact/{contact}", new JsonObject { ["Title"] = "marker" });
        var first = await client.CollectAsync(1);
        own.Time!.Advance(TimeSpan.FromSeconds(1));
        var late = await client.CollectAsync(1);

        Assert.Equal("Contact UPDATE", BayeuxTestClient.Describe(first[0]).Split(" #")[0]);
        Assert.Equal("Account UPDATE", BayeuxTestClient.Describe(late[0]).Split(" #")[0]);
        Assert.True(BayeuxTestClient.ReplayId(late[0]) > BayeuxTestClient.ReplayId(first[0]), "the delayed event gets a later replay id");
    }

    [Fact]
    public async Task Same_seed_drops_the_same_events()
    {
        var delivered = new List<string[]>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var org = await sandbox.NewOrgAsync();
            using var client = await StreamingSession.SubscribedAsync(org, sandbox.Host.SalesforceBaseUrl, "/data/AccountChangeEvent");
            await client.ConnectAsync();
            await ConfigureAsync(org, new { kind = "Drop", rate = 0.5, entity = "Account" }, seed: 7);
            for (var i = 0; i < 12; i++)
            {
                await org.CreateAsync("Account", new JsonObject { ["Name"] = $"n{i}" });
            }

            using var cleared = await org.Control.DeleteAsync($"{org.ControlPath}/streaming/faults", TestContext.Current.CancellationToken);
            await org.CreateAsync("Account", new JsonObject { ["Name"] = "end" });
            var names = new List<string>();
            while (names.LastOrDefault() != "end")
            {
                names.AddRange((await client.CollectAsync(1)).Select(e => (string)BayeuxTestClient.Payload(e)["Name"]!));
            }

            delivered.Add([.. names]);
        }

        Assert.Equal(delivered[0], delivered[1]);
        Assert.InRange(delivered[0].Length, 2, 12);
    }

    [Fact]
    public async Task Fault_rule_with_a_rate_outside_zero_to_one_is_refused_naming_the_value()
    {
        var org = await sandbox.NewOrgAsync();

        using var response = await org.Control.PutAsJsonAsync($"{org.ControlPath}/streaming/faults",
            new { seed = 1, rules = new[] { new { kind = "Drop", rate = 1.5 } } }, TestContext.Current.CancellationToken);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("rate is 1.5; it must be between 0 and 1", (string?)(await SalesforceTestOrg.ReadAsync(response))!["error"]);
    }

    internal static async Task ConfigureAsync(SalesforceTestOrg org, object rule, int seed = 1)
    {
        using var response = await org.Control.PutAsJsonAsync($"{org.ControlPath}/streaming/faults", new { seed, rules = new[] { rule } }, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"streaming faults answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
    }
}
