using Integration.Connectors.Salesforce;
using Integration.Core.Changes;

namespace Integration.Connectors.Tests.Salesforce.Streaming;

public sealed class ReplayExpiryTests
{
    private const string InvalidReplay = """[{"clientId":"c1","channel":"/meta/subscribe","subscription":"/data/ChangeEvents","error":"400::The replayId {4711} you provided was invalid.  Please provide a valid ID, -2 to replay all events, or -1 to replay only new events.","successful":false}]""";
    private static readonly DateTimeOffset CheckpointTime = DateTimeOffset.FromUnixTimeMilliseconds(CdcEventJson.CommitMs);

    [Fact]
    public async Task Expired_replay_id_resyncs_every_object_since_the_checkpoint_time_then_subscribes_for_new_events()
    {
        using var cometd = Server(InvalidReplay, CometDServer.SubscribeOk());
        cometd.Connects(CometDServer.Delivery(CdcEventJson.Event(900, "UPDATE", "Account", ["001xx000003DGb2AAG"])));
        var before = DateTimeOffset.UtcNow;

        var batches = await cometd.ReadAsync(cometd.Feed(), new StreamPosition(CometDServer.Stream, $"4711|{CdcEventJson.CommitMs}"), 2);

        var resync = batches[0];
        Assert.Empty(resync.Events);
        Assert.Equal(
            [
                new ResyncRequest(CometDServer.System, "Account", null, CheckpointTime.AddMinutes(-1), "replay id 4711 expired"),
                new ResyncRequest(CometDServer.System, "Contact", null, CheckpointTime.AddMinutes(-1), "replay id 4711 expired"),
            ],
            resync.Resyncs);
        var (replayId, since) = Split(resync.Position.Value);
        Assert.Equal(-1, replayId);
        Assert.InRange(since, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal("900", Split(batches[1].Position.Value).ReplayId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([4711L, -1L], cometd.Requests("/meta/subscribe").Select(s => (long)s["ext"]!["replay"]!["/data/ChangeEvents"]!));
        Assert.Single(cometd.Requests("/meta/handshake"));
    }

    [Fact]
    public async Task Checkpoint_without_a_replay_id_resyncs_since_its_time_and_subscribes_for_new_events()
    {
        using var cometd = Server(CometDServer.SubscribeOk());
        cometd.Connects();
        var before = DateTimeOffset.UtcNow;

        var batch = Assert.Single(await cometd.ReadAsync(cometd.Feed(), new StreamPosition(CometDServer.Stream, $"-1|{CdcEventJson.CommitMs}"), 1));

        Assert.Equal(["Account", "Contact"], batch.Resyncs.Select(r => r.ObjectName));
        Assert.All(batch.Resyncs, r => Assert.Equal(CheckpointTime.AddMinutes(-1), r.ModifiedSince));
        Assert.InRange(Split(batch.Position.Value).Since, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(-1L, (long)Assert.Single(cometd.Requests("/meta/subscribe"))["ext"]!["replay"]!["/data/ChangeEvents"]!);
    }

    [Fact]
    public async Task Expired_replay_id_on_a_per_object_channel_resyncs_that_object()
    {
        using var cometd = new CometDServer(new Dictionary<string, string?> { ["Streaming:Channel"] = "/data/Employee__ChangeEvent" });
        cometd.Handshakes("c1");
        cometd.Subscribes(InvalidReplay.Replace("/data/ChangeEvents", "/data/Employee__ChangeEvent", StringComparison.Ordinal), CometDServer.SubscribeOk("/data/Employee__ChangeEvent"));
        cometd.Connects();

        var batch = Assert.Single(await cometd.ReadAsync(cometd.Feed(), new StreamPosition("salesforce:main:/data/Employee__ChangeEvent", $"4711|{CdcEventJson.CommitMs}"), 1));

        Assert.Equal("Employee__c", Assert.Single(batch.Resyncs).ObjectName);
    }

    [Fact]
    public async Task Expired_replay_id_without_known_objects_fails_naming_the_setting()
    {
        using var cometd = new CometDServer();
        cometd.Handshakes("c1");
        cometd.Subscribes(InvalidReplay);

        var error = await Assert.ThrowsAsync<SalesforceStreamingException>(() => cometd.ReadAsync(cometd.Feed(), new StreamPosition(CometDServer.Stream, $"4711|{CdcEventJson.CommitMs}"), 1));

        Assert.Contains("Salesforce:Streaming:Objects", error.Message, StringComparison.Ordinal);
    }

    private static CometDServer Server(params string[] subscribeReplies)
    {
        var cometd = new CometDServer(new Dictionary<string, string?>
        {
            ["Streaming:Objects:0"] = "Account",
            ["Streaming:Objects:1"] = "Contact",
            ["Streaming:ResyncSafetyMargin"] = "00:01:00",
        });
        cometd.Handshakes("c1");
        cometd.Subscribes(subscribeReplies);
        return cometd;
    }

    private static (long ReplayId, DateTimeOffset Since) Split(string value)
    {
        var parts = value.Split('|');
        return (long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)));
    }
}
