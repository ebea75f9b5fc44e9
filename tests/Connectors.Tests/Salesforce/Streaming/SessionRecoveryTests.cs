using Integration.Connectors.Salesforce;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Integration.Connectors.Tests.Salesforce.Streaming;

public sealed class SessionRecoveryTests
{
    private const string AccountId = "001xx000003DGb2AAG";
    private const string AuthenticationInvalid = """[{"channel":"/meta/connect","clientId":"c1","successful":false,"error":"401::Authentication invalid","advice":{"reconnect":"none"}}]""";
    private const string UnknownClient = """[{"channel":"/meta/connect","clientId":"c1","successful":false,"error":"403::Unknown client","advice":{"interval":0,"reconnect":"handshake"}}]""";

    [Theory]
    [InlineData("bayeux")]
    [InlineData("http")]
    public async Task Authentication_invalid_on_connect_refreshes_the_token_and_handshakes_again(string form)
    {
        using var cometd = new CometDServer(stubToken: false);
        StubTwoTokens(cometd);
        cometd.Handshakes("c1", "c2");
        cometd.Subscribes(CometDServer.SubscribeOk());
        var refused = form == "http" ? Response.Create().WithStatusCode(401).WithBody("") : CometDServer.Reply(AuthenticationInvalid);
        cometd.Sequence("connect", CometDServer.Meta("/meta/connect"), [refused, CometDServer.Reply(CometDServer.Delivery(Event(5)))]);

        var batch = Assert.Single(await cometd.ReadAsync(cometd.Feed(), null, 1));

        Assert.Equal("5", batch.Events.Single().Position.Value.Split('|')[0]);
        Assert.Equal(2, cometd.Sf.TokenRequests().Count);
        Assert.Equal(["/meta/handshake", "/meta/subscribe", "/meta/connect", "/meta/handshake", "/meta/subscribe", "/meta/connect", "/meta/disconnect"], cometd.Channels());
        Assert.Equal(
            ["Bearer token-1", "Bearer token-1", "Bearer token-1", "Bearer token-2", "Bearer token-2", "Bearer token-2", "Bearer token-2"],
            cometd.BayeuxRequests().Select(r => SalesforceTestServer.Header(r, "Authorization")));
    }

    [Fact]
    public async Task Handshake_denied_for_invalid_authentication_refreshes_the_token()
    {
        using var cometd = new CometDServer(stubToken: false);
        StubTwoTokens(cometd);
        cometd.Sequence("handshake", CometDServer.Meta("/meta/handshake"),
        [
            CometDServer.Reply("""[{"channel":"/meta/handshake","successful":false,"error":"403::Handshake denied","ext":{"sfdc":{"failureReason":"401::Authentication invalid"}},"advice":{"reconnect":"none"}}]"""),
            CometDServer.Reply("""[{"channel":"/meta/handshake","clientId":"c2","version":"1.0","supportedConnectionTypes":["long-polling"],"successful":true}]"""),
        ]);
        cometd.Subscribes(CometDServer.SubscribeOk());
        cometd.Connects(CometDServer.Delivery(Event(5)));

        await cometd.ReadAsync(cometd.Feed(), null, 1);

        Assert.Equal(2, cometd.Sf.TokenRequests().Count);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], cometd.BayeuxRequests().Take(2).Select(r => SalesforceTestServer.Header(r, "Authorization")));
        Assert.Equal("c2", (string?)Assert.Single(cometd.Requests("/meta/subscribe"))["clientId"]);
    }

    [Fact]
    public async Task Unknown_client_handshakes_again_and_resubscribes_from_the_last_delivered_replay_id()
    {
        using var cometd = new CometDServer();
        cometd.Handshakes("c1", "c2");
        cometd.Subscribes(CometDServer.SubscribeOk());
        cometd.Connects(CometDServer.Delivery(Event(10), Event(11)), UnknownClient, CometDServer.Delivery(Event(12)));

        var batches = await cometd.ReadAsync(cometd.Feed(), null, 2);

        Assert.Equal(["10", "11", "12"], batches.SelectMany(b => b.Events).Select(e => e.Position.Value.Split('|')[0]));
        var subscribes = cometd.Requests("/meta/subscribe");
        Assert.Equal([-1L, 11L], subscribes.Select(s => (long)s["ext"]!["replay"]!["/data/ChangeEvents"]!));
        Assert.Equal(["c1", "c2"], subscribes.Select(s => (string?)s["clientId"]));
        Assert.Single(cometd.Sf.TokenRequests());
    }

    [Fact]
    public async Task Advice_reconnect_handshake_on_a_successful_connect_is_honoured()
    {
        using var cometd = new CometDServer();
        cometd.Handshakes("c1", "c2");
        cometd.Subscribes(CometDServer.SubscribeOk());
        cometd.Connects(
            "[" + Event(30) + """,{"channel":"/meta/connect","clientId":"c1","successful":true,"advice":{"interval":0,"timeout":110000,"reconnect":"handshake"}}]""",
            CometDServer.Delivery(Event(31)));

        await cometd.ReadAsync(cometd.Feed(), null, 2);

        Assert.Equal(2, cometd.Requests("/meta/handshake").Count);
        Assert.Equal([-1L, 30L], cometd.Requests("/meta/subscribe").Select(s => (long)s["ext"]!["replay"]!["/data/ChangeEvents"]!));
    }

    [Fact]
    public async Task Connect_refused_with_advice_retry_polls_again_in_the_same_session()
    {
        using var cometd = new CometDServer();
        cometd.Handshakes("c1");
        cometd.Subscribes(CometDServer.SubscribeOk());
        cometd.Connects(
            """[{"channel":"/meta/connect","clientId":"c1","successful":false,"error":"503::Server is too busy","advice":{"interval":0,"reconnect":"retry"}}]""",
            CometDServer.Delivery(Event(40)));

        await cometd.ReadAsync(cometd.Feed(), null, 1);

        Assert.Equal(["/meta/handshake", "/meta/subscribe", "/meta/connect", "/meta/connect", "/meta/disconnect"], cometd.Channels());
    }

    [Fact]
    public async Task Server_error_on_connect_backs_off_then_handshakes_and_resubscribes_from_the_last_replay_id()
    {
        using var cometd = new CometDServer();
        cometd.Handshakes("c1", "c2");
        cometd.Subscribes(CometDServer.SubscribeOk());
        cometd.Sequence("connect", CometDServer.Meta("/meta/connect"),
        [
            CometDServer.Reply(CometDServer.Delivery(Event(50))),
            Response.Create().WithStatusCode(503).WithBody("Service Unavailable"),
            CometDServer.Reply(CometDServer.Delivery(Event(51))),
        ]);

        var batches = await cometd.ReadAsync(cometd.Feed(), null, 2);

        Assert.Equal(2, batches.Count);
        Assert.Equal(["/meta/handshake", "/meta/subscribe", "/meta/connect", "/meta/connect", "/meta/handshake", "/meta/subscribe", "/meta/connect", "/meta/disconnect"], cometd.Channels());
        Assert.Equal(50L, (long)cometd.Requests("/meta/subscribe")[1]["ext"]!["replay"]!["/data/ChangeEvents"]!);
    }

    [Fact]
    public async Task Failures_in_a_row_beyond_the_limit_end_the_read_with_the_last_error()
    {
        using var cometd = new CometDServer(new Dictionary<string, string?> { ["Streaming:MaxConsecutiveFailures"] = "3" });
        cometd.Sf.Server.Given(CometDServer.Meta("/meta/handshake")).RespondWith(Response.Create().WithStatusCode(503).WithBody("Service Unavailable"));

        var error = await Assert.ThrowsAsync<SalesforceStreamingException>(() => cometd.ReadAsync(cometd.Feed(), null, 1));

        Assert.Contains("failed 3 times in a row", error.Message, StringComparison.Ordinal);
        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, cometd.Requests("/meta/handshake").Count);
    }

    [Fact]
    public async Task Subscription_refused_for_lack_of_permission_fails_the_read_with_the_server_error()
    {
        using var cometd = new CometDServer();
        cometd.Handshakes("c1");
        cometd.Subscribes("""[{"channel":"/meta/subscribe","clientId":"c1","subscription":"/data/ChangeEvents","successful":false,"error":"403::User not allowed to subscribe CDC events"}]""");

        var error = await Assert.ThrowsAsync<SalesforceStreamingException>(() => cometd.ReadAsync(cometd.Feed(), null, 1));

        Assert.Contains("403::User not allowed to subscribe CDC events", error.Message, StringComparison.Ordinal);
        Assert.Equal("/meta/disconnect", cometd.Channels()[^1]);
    }

    [Fact]
    public async Task Long_poll_is_not_cut_by_the_configured_timeout_when_the_advice_promises_longer()
    {
        using var cometd = new CometDServer(new Dictionary<string, string?> { ["Streaming:ConnectTimeout"] = "00:00:00.300" });
        cometd.Handshakes("c1");
        cometd.Subscribes(CometDServer.SubscribeOk());
        cometd.Sequence("connect", CometDServer.Meta("/meta/connect"),
        [
            CometDServer.Reply(CometDServer.Delivery(Event(60))),
            CometDServer.Reply(CometDServer.Delivery(Event(61))).WithDelay(TimeSpan.FromMilliseconds(900)),
        ]);

        var batches = await cometd.ReadAsync(cometd.Feed(), null, 2);

        Assert.Equal(2, batches.Count);
        Assert.Single(cometd.Requests("/meta/handshake"));
    }

    private static string Event(long replayId) => CdcEventJson.Event(replayId, "UPDATE", "Account", [AccountId], commitMs: CdcEventJson.CommitMs + replayId);

    private static void StubTwoTokens(CometDServer cometd)
    {
        var sf = cometd.Sf;
        sf.Server.Given(Request.Create().WithPath("/services/oauth2/token").UsingPost()).InScenario("token").WillSetStateTo("second")
            .RespondWith(SalesforceTestServer.Json(200, sf.TokenJson("token-1")));
        sf.Server.Given(Request.Create().WithPath("/services/oauth2/token").UsingPost()).InScenario("token").WhenStateIs("second")
            .RespondWith(SalesforceTestServer.Json(200, sf.TokenJson("token-2")));
    }
}
