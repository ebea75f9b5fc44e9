using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Integration.Sandbox.Salesforce.Streaming;

namespace Integration.Sandbox.Tests.Salesforce.Streaming;

public sealed class SessionTests(SandboxFixture sandbox)
{
    [Fact]
    public async Task Session_drop_ends_the_held_connect_and_the_next_connect_gets_403_unknown_client()
    {
        var org = await sandbox.NewOrgAsync();
        using var client = await StreamingSession.SubscribedAsync(org, sandbox.Host.SalesforceBaseUrl);
        await client.ConnectAsync();
        var held = client.ConnectAsync();

        using var drop = await org.Control.PostAsync($"{org.ControlPath}/streaming/sessions/drop", null, TestContext.Current.CancellationToken);
        var dropped = await SalesforceTestOrg.ReadAsync(drop);
        var (_, heldReply) = await held;
        var (_, next) = await client.ConnectAsync();

        Assert.Equal(1, (int?)dropped!["dropped"]);
        Assert.Equal("403::Unknown client", (string?)heldReply["error"]);
        Assert.Equal((false, "403::Unknown client"), ((bool?)next["successful"], (string?)next["error"]));
        Assert.Equal("""{"reconnect":"handshake","interval":0}""", next["advice"]!.ToJsonString());
    }

    [Fact]
    public async Task Session_drop_fault_rule_answers_the_connect_with_403_unknown_client_and_a_new_handshake_works()
    {
        var org = await sandbox.NewOrgAsync();
        using var client = await StreamingSession.SubscribedAsync(org, sandbox.Host.SalesforceBaseUrl);
        using var put = await org.Control.PutAsJsonAsync($"{org.ControlPath}/streaming/faults",
            new { seed = 1, rules = new[] { new { kind = "SessionDrop", rate = 1.0 } } }, TestContext.Current.CancellationToken);
        Assert.True(put.IsSuccessStatusCode, $"faults answered {(int)put.StatusCode}");

        var (_, faulted) = await client.ConnectAsync();
        using var cleared = await org.Control.DeleteAsync($"{org.ControlPath}/streaming/faults", TestContext.Current.CancellationToken);
        var again = await client.HandshakeAsync();
        await client.SubscribeAsync("/data/ChangeEvents");
        var (_, connected) = await client.ConnectAsync();

        Assert.Equal("403::Unknown client", (string?)faulted["error"]);
        Assert.Equal((true, true), ((bool?)again["successful"], (bool?)connected["successful"]));
    }

    [Fact]
    public async Task Disconnected_client_is_unknown_afterwards()
    {
        var org = await sandbox.NewOrgAsync();
        using var client = await StreamingSession.SubscribedAsync(org, sandbox.Host.SalesforceBaseUrl);

        var disconnected = await client.DisconnectAsync();
        var (_, connect) = await client.ConnectAsync();

        Assert.Equal(true, (bool?)disconnected["successful"]);
        Assert.Equal("403::Unknown client", (string?)connect["error"]);
    }

    [Fact]
    public async Task Connect_after_the_token_expired_gets_401_authentication_invalid_with_reconnect_none()
    {
        await using var own = await OwnSandbox.StartAsync(tokenLifetime: TimeSpan.FromMinutes(30));
        var org = await own.NewOrgAsync();
        using var client = await StreamingSession.SubscribedAsync(org, own.BaseUrl);
        await client.ConnectAsync();

        own.Time!.Advance(TimeSpan.FromMinutes(31));
        var (_, reply) = await client.ConnectAsync();

        Assert.Equal((false, "401::Authentication invalid"), ((bool?)reply["successful"], (string?)reply["error"]));
        Assert.Equal("""{"reconnect":"none"}""", reply["advice"]!.ToJsonString());
    }

    [Fact]
    public async Task Held_connect_without_events_returns_after_the_advice_timeout()
    {
        await using var own = await OwnSandbox.StartAsync(new StreamingOptions { ConnectTimeout = TimeSpan.FromSeconds(5) });
        var org = await own.NewOrgAsync();
        using var client = await StreamingSession.SubscribedAsync(org, own.BaseUrl);
        await client.ConnectAsync();

        var held = client.ConnectAsync();
        var stillHeld = await HeldAsync(org, client);
        own.Time!.Advance(TimeSpan.FromSeconds(5));
        var (events, reply) = await held;

        Assert.True(stillHeld, "the control API never showed the connect as held");
        Assert.Empty(events);
        Assert.Equal((true, 5000L), ((bool?)reply["successful"], (long?)reply["advice"]!["timeout"]));
    }

    [Fact]
    public async Task Client_that_does_not_reconnect_within_the_reconnect_timeout_is_forgotten()
    {
        await using var own = await OwnSandbox.StartAsync(new StreamingOptions { ReconnectTimeout = TimeSpan.FromSeconds(40) });
        var org = await own.NewOrgAsync();
        using var client = await StreamingSession.SubscribedAsync(org, own.BaseUrl);
        await client.ConnectAsync();

        own.Time!.Advance(TimeSpan.FromSeconds(41));
        var (_, reply) = await client.ConnectAsync();

        Assert.Equal("403::Unknown client", (string?)reply["error"]);
    }

    /// <summary>Waits (bounded) until the control API shows the client's connect as held, so moving the clock applies to it.</summary>
    private static async Task<bool> HeldAsync(SalesforceTestOrg org, BayeuxTestClient client)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var clients = await org.Control.GetFromJsonAsync<JsonArray>($"{org.ControlPath}/streaming/clients", TestContext.Current.CancellationToken);
            if (clients!.Any(c => (string?)c!["clientId"] == client.ClientId && (bool?)c["connectHeld"] == true))
            {
                return true;
            }
        }

        return false;
    }
}
