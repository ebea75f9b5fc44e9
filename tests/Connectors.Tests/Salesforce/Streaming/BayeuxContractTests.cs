using Integration.Core.Changes;

namespace Integration.Connectors.Tests.Salesforce.Streaming;

public sealed class BayeuxContractTests
{
    private const string FirstEvent = "001xx000003DGb2AAG";

    [Fact]
    public async Task Read_sends_handshake_subscribe_connect_then_disconnect_with_the_documented_bodies()
    {
        using var cometd = Scripted();

        await cometd.ReadAsync(cometd.Feed(), null, 1);

        Assert.Equal(["/meta/handshake", "/meta/subscribe", "/meta/connect", "/meta/disconnect"], cometd.Channels());
        var requests = cometd.BayeuxRequests();
        SalesforceTestServer.AssertJsonEqual("""[{"channel":"/meta/handshake","version":"1.0","supportedConnectionTypes":["long-polling"],"ext":{"replay":true}}]""", requests[0].Body);
        SalesforceTestServer.AssertJsonEqual("""[{"channel":"/meta/subscribe","clientId":"c1","subscription":"/data/ChangeEvents","ext":{"replay":{"/data/ChangeEvents":-1}}}]""", requests[1].Body);
        SalesforceTestServer.AssertJsonEqual("""[{"channel":"/meta/connect","clientId":"c1","connectionType":"long-polling"}]""", requests[2].Body);
        SalesforceTestServer.AssertJsonEqual("""[{"channel":"/meta/disconnect","clientId":"c1"}]""", requests[3].Body);
    }

    [Fact]
    public async Task Every_exchange_carries_the_bearer_token_and_a_json_content_type()
    {
        using var cometd = Scripted();

        await cometd.ReadAsync(cometd.Feed(), null, 1);

        Assert.All(cometd.BayeuxRequests(), r =>
        {
            Assert.Equal("Bearer token-1", SalesforceTestServer.Header(r, "Authorization"));
            Assert.StartsWith("application/json", SalesforceTestServer.Header(r, "Content-Type"), StringComparison.Ordinal);
            Assert.Equal("POST", r.Method);
        });
        Assert.Single(cometd.Sf.TokenRequests());
    }

    [Fact]
    public async Task Cookies_set_by_the_handshake_are_sent_back_on_every_later_exchange()
    {
        using var cometd = Scripted();

        await cometd.ReadAsync(cometd.Feed(), null, 1);

        var requests = cometd.BayeuxRequests();
        Assert.Null(SalesforceTestServer.Header(requests[0], "Cookie"));
        Assert.All(requests.Skip(1), r =>
        {
            var cookie = SalesforceTestServer.Header(r, "Cookie") ?? "";
            Assert.Contains("BAYEUX_BROWSER=5dabc1", cookie, StringComparison.Ordinal);
            Assert.Contains("sfdc-stream=!stream-c1", cookie, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData(null, null, -1L)]
    [InlineData(null, "-2", -2L)]
    [InlineData("4711|1795947330000", null, 4711L)]
    [InlineData("4711", "-2", 4711L)]
    public async Task Subscribe_replays_after_the_checkpoint_or_per_the_initial_replay_setting(string? checkpoint, string? initialReplayId, long expected)
    {
        using var cometd = Scripted(initialReplayId is null ? null : new Dictionary<string, string?> { ["Streaming:InitialReplayId"] = initialReplayId });
        var from = checkpoint is null ? null : new StreamPosition(CometDServer.Stream, checkpoint);

        await cometd.ReadAsync(cometd.Feed(), from, 1);

        var subscribe = Assert.Single(cometd.Requests("/meta/subscribe"));
        Assert.Equal(expected, (long)subscribe["ext"]!["replay"]!["/data/ChangeEvents"]!);
    }

    [Fact]
    public async Task Per_object_channel_is_subscribed_and_names_the_stream()
    {
        using var cometd = new CometDServer(new Dictionary<string, string?> { ["Streaming:Channel"] = "/data/AccountChangeEvent" });
        cometd.Handshakes("c1");
        cometd.Subscribes(CometDServer.SubscribeOk("/data/AccountChangeEvent"));
        cometd.Connects(CometDServer.Delivery(CdcEventJson.Event(7, "UPDATE", "Account", [FirstEvent], channel: "/data/AccountChangeEvent")));
        var feed = cometd.Feed();

        var batch = Assert.Single(await cometd.ReadAsync(feed, null, 1));

        Assert.Equal("salesforce:main:/data/AccountChangeEvent", feed.Stream);
        Assert.Equal("/data/AccountChangeEvent", (string?)Assert.Single(cometd.Requests("/meta/subscribe"))["subscription"]);
        Assert.Equal(new StreamPosition(feed.Stream, "7|" + CdcEventJson.CommitMs), batch.Position);
    }

    [Fact]
    public async Task Position_of_another_stream_is_refused_before_any_exchange()
    {
        using var cometd = Scripted();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => cometd.ReadAsync(cometd.Feed(), new StreamPosition("salesforce:other:/data/ChangeEvents", "5|1"), 1));

        Assert.Contains("'salesforce:other:/data/ChangeEvents'", error.Message, StringComparison.Ordinal);
        Assert.Empty(cometd.BayeuxRequests());
    }

    private static CometDServer Scripted(IDictionary<string, string?>? settings = null)
    {
        var cometd = new CometDServer(settings);
        cometd.Handshakes("c1");
        cometd.Subscribes(CometDServer.SubscribeOk());
        cometd.Connects(CometDServer.Delivery(CdcEventJson.Event(1, "CREATE", "Account", [FirstEvent], fields: ""","Name":"Acme" """)));
        return cometd;
    }
}
