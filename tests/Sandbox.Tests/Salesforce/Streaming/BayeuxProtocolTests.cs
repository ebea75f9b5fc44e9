using System.Net;
using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.Salesforce.Streaming;

public sealed class BayeuxProtocolTests(SandboxFixture sandbox)
{
    [Fact]
    public async Task Handshake_returns_client_id_long_polling_replay_ext_and_the_browser_cookie()
    {
        var org = await sandbox.NewOrgAsync();
        using var client = new BayeuxTestClient(sandbox.Host.SalesforceBaseUrl, StreamingSession.Token(org));

        var reply = await client.HandshakeAsync();

        Assert.Equal((true, "/meta/handshake"), ((bool?)reply["successful"], (string?)reply["channel"]));
        Assert.False(string.IsNullOrEmpty(client.ClientId));
        Assert.Equal("""["long-polling"]""", reply["supportedConnectionTypes"]!.ToJsonString());
        Assert.Equal("""{"replay":true,"payload.format":true}""", reply["ext"]!.ToJsonString());
        Assert.Null(reply["advice"]);
        Assert.NotNull(client.Cookies.GetCookies(sandbox.Host.SalesforceBaseUrl)["BAYEUX_BROWSER"]);
    }

    [Theory]
    [InlineData(null, "401::Request requires authentication")]
    [InlineData("00Dnot-a-token", "401::Authentication invalid")]
    public async Task Handshake_without_a_valid_token_is_denied_with_the_reason_in_ext(string? token, string reason)
    {
        using var client = new BayeuxTestClient(sandbox.Host.SalesforceBaseUrl, token);

        var reply = await client.HandshakeAsync();

        Assert.Equal((false, "403::Handshake denied"), ((bool?)reply["successful"], (string?)reply["error"]));
        Assert.Equal(reason, (string?)reply["ext"]!["sfdc"]!["failureReason"]);
    }

    [Fact]
    public async Task First_connect_answers_at_once_with_retry_advice_and_the_configured_timeout()
    {
        var org = await sandbox.NewOrgAsync();
        using var client = await StreamingSession.SubscribedAsync(org, sandbox.Host.SalesforceBaseUrl);

        var (events, reply) = await client.ConnectAsync();

        Assert.Empty(events);
        Assert.Equal(true, (bool?)reply["successful"]);
        Assert.Equal("""{"interval":0,"timeout":110000,"reconnect":"retry"}""", reply["advice"]!.ToJsonString());
    }

    [Fact]
    public async Task Held_connect_returns_as_soon_as_a_change_is_committed()
    {
        var org = await sandbox.NewOrgAsync();
        using var client = await StreamingSession.SubscribedAsync(org, sandbox.Host.SalesforceBaseUrl, "/data/AccountChangeEvent");
        await client.ConnectAsync();

        var held = client.ConnectAsync();
        Assert.False(held.IsCompleted, "the connect should be held while nothing changes");
        var id = await org.CreateAsync("Account", new JsonObject { ["Name"] = "Held" });
        var (events, reply) = await held;

        Assert.Equal(true, (bool?)reply["successful"]);
        var single = Assert.Single(events);
        Assert.Equal("/data/AccountChangeEvent", (string?)single["channel"]);
        Assert.Equal(id, (string?)BayeuxTestClient.Header(single)["recordIds"]![0]);
    }

    [Theory]
    [InlineData("/data/LeadChangeEvent", "400::The channel you requested to subscribe to does not exist {/data/LeadChangeEvent}")]
    [InlineData("data/ChangeEvents", "400::Channel subscriptions must start with a leading '/'")]
    public async Task Subscribe_to_an_unknown_channel_fails_with_the_channel_echoed(string channel, string error)
    {
        var org = await sandbox.NewOrgAsync();
        using var client = new BayeuxTestClient(sandbox.Host.SalesforceBaseUrl, StreamingSession.Token(org));
        await client.HandshakeAsync();

        var reply = await client.SubscribeAsync(channel);

        Assert.Equal((false, error, channel), ((bool?)reply["successful"], (string?)reply["error"], (string?)reply["subscription"]));
    }

    [Theory]
    [InlineData("""{"channel":"/meta/handshake","version":"1.0"}""", HttpStatusCode.BadRequest)]
    [InlineData("not json", HttpStatusCode.BadRequest)]
    public async Task Request_that_is_not_a_json_array_gets_http_400(string body, HttpStatusCode status)
    {
        var org = await sandbox.NewOrgAsync();
        using var client = new BayeuxTestClient(sandbox.Host.SalesforceBaseUrl, StreamingSession.Token(org));

        using var response = await client.PostAsync(body);

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task Connect_without_the_browser_cookie_is_refused_naming_the_cookie()
    {
        var org = await sandbox.NewOrgAsync();
        using var client = await StreamingSession.SubscribedAsync(org, sandbox.Host.SalesforceBaseUrl);
        using var cookieless = new BayeuxTestClient(sandbox.Host.SalesforceBaseUrl, client.Token);
        var connect = new JsonObject { ["channel"] = "/meta/connect", ["clientId"] = client.ClientId, ["connectionType"] = "long-polling" };

        var reply = (await cookieless.SendAsync(connect))[0]!;

        Assert.Equal($"400::Client {client.ClientId} has established a session, but no BAYEUX_BROWSER cookie present", (string?)reply["error"]);
    }
}
