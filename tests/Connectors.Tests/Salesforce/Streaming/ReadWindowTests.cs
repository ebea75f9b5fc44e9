using System.Diagnostics;
using WireMock.RequestBuilders;

namespace Integration.Connectors.Tests.Salesforce.Streaming;

public sealed class ReadWindowTests
{
    [Fact]
    public async Task Read_window_cuts_the_pending_long_poll_and_ends_the_read_with_a_disconnect()
    {
        using var cometd = new CometDServer(new Dictionary<string, string?> { ["Streaming:MaxReadDuration"] = "00:00:02.500" });
        cometd.Handshakes("c1");
        cometd.Subscribes(CometDServer.SubscribeOk());
        cometd.Connects(TimeSpan.FromSeconds(8), CometDServer.Delivery(CdcEventJson.Event(1, "CREATE", "Account", ["001xx000003DGb2AAG"])));
        var clock = Stopwatch.StartNew();

        var batches = await cometd.ReadAsync(cometd.Feed(), null, int.MaxValue);

        // Generous margins: the machine may be loaded; what matters is that the 8 s long poll is cut.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(7), $"the read lasted {clock.Elapsed}; the 8 s long poll must be cut at the 2.5 s window");
        Assert.Single(batches);

        // WireMock logs a request when it has answered it: the cut long poll is not in the log yet.
        Assert.Equal(["/meta/handshake", "/meta/subscribe", "/meta/connect", "/meta/disconnect"], cometd.Channels());
        Assert.Equal("c1", (string?)cometd.Requests("/meta/disconnect").Single()["clientId"]);
    }

    [Fact]
    public async Task Caller_cancelling_a_pending_long_poll_still_disconnects()
    {
        using var cometd = new CometDServer();
        cometd.Handshakes("c1");
        cometd.Subscribes(CometDServer.SubscribeOk());
        var polling = new TaskCompletionSource();
        cometd.Sf.Server.Given(Request.Create().WithPath(CometDServer.CometDPath).UsingPost().WithBody((string? body) => body?.Contains("\"/meta/connect\"", StringComparison.Ordinal) == true && polling.TrySetResult() is var _))
            .RespondWith(CometDServer.Reply($"[{CometDServer.ConnectOk}]").WithDelay(TimeSpan.FromSeconds(3)));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        _ = polling.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken).ContinueWith(_ => stop.Cancel(), TaskScheduler.Default);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var batch in cometd.Feed().ReadAsync(null, stop.Token))
            {
                Assert.Fail($"no event was scripted, yet a batch at {batch.Position} arrived");
            }
        });

        Assert.True(polling.Task.IsCompletedSuccessfully, "the read was cancelled before its long poll reached the server");
        Assert.Equal(["/meta/handshake", "/meta/subscribe", "/meta/disconnect"], cometd.Channels());
    }
}
