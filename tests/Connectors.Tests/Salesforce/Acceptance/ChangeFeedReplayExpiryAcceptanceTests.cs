using System.Globalization;
using Integration.Core.Changes;

namespace Integration.Connectors.Tests.Salesforce.Acceptance;

/// <summary>A checkpoint the org no longer retains: the sandbox refuses its replay id with the Streaming API's text, and the connector resyncs from the checkpoint's time.</summary>
[Trait("Category", "Acceptance")]
[Collection(CdcAcceptance.Collection)]
public sealed class ChangeFeedReplayExpiryAcceptanceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Checkpoint_whose_replay_id_the_org_no_longer_retains_becomes_a_resync_since_its_time()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var sandbox = await CdcSandbox.StartAsync(cancellationToken);
        await sandbox.SeedAsync(seed: 6, accounts: 5, cancellationToken);
        var first = await ReadEditsAsync(sandbox, null, seed: 61, cancellationToken);
        var later = await ReadEditsAsync(sandbox, first.Checkpoint, seed: 62, cancellationToken);
        Assert.True(CheckpointingSubscriber.ReplayId(later.Checkpoint!) > CheckpointingSubscriber.ReplayId(first.Checkpoint!), "the org should retain events after the first checkpoint");

        // A reset purges the retained log but keeps issuing higher ids, so the checkpoint's id is refused with the
        // Streaming API's "400::The replayId {N} you provided was invalid.  Please provide a valid ID, …".
        await sandbox.SendAsync(HttpMethod.Post, $"_sandbox/salesforce/orgs/{sandbox.Org}/reset", null, cancellationToken);
        var checkpoint = first.Checkpoint!;
        var committedAt = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(checkpoint.Value.Split('|')[1], CultureInfo.InvariantCulture));
        using var resumedRead = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var resumed = new CheckpointingSubscriber();
        resumed.Start(sandbox.NewFeed(), checkpoint, resumedRead.Token);
        await resumed.WaitForAsync(s => s.Resyncs.Count >= 3, CdcAcceptance.Timeout, "a resync of each streamed object after the replay id expired");
        await resumedRead.CancelAsync();
        await resumed.Completion;

        output.WriteLine($"checkpoint {checkpoint.Value}; resyncs: {string.Join("; ", resumed.Resyncs.Select(r => $"{r.ObjectName} since {r.ModifiedSince:O} ({r.Reason})"))}; new checkpoint {resumed.Checkpoint?.Value}");
        Assert.Equal(["Account", "Contact", "Opportunity"], resumed.Resyncs.Select(r => r.ObjectName).Order());
        Assert.All(resumed.Resyncs, r => Assert.Equal((committedAt.AddMinutes(-5), (IReadOnlyList<string>?)null), (r.ModifiedSince, r.RecordIds)));
        Assert.All(resumed.Resyncs, r => Assert.Equal($"replay id {CheckpointingSubscriber.ReplayId(checkpoint)} expired", r.Reason));
        Assert.StartsWith("-1|", resumed.Checkpoint!.Value, StringComparison.Ordinal);
    }

    /// <summary>Reads the 50 events of a short user-edit load from <paramref name="from"/> (null: now), then stops.</summary>
    private static async Task<CheckpointingSubscriber> ReadEditsAsync(CdcSandbox sandbox, StreamPosition? from, int seed, CancellationToken cancellationToken)
    {
        var feed = sandbox.NewFeed();
        using var read = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var subscriber = new CheckpointingSubscriber();
        subscriber.Start(feed, from ?? await sandbox.CurrentPositionAsync(feed, cancellationToken), read.Token);
        await sandbox.StartUserEditsAsync(ratePerSecond: 100, durationSeconds: 0.5, seed, cancellationToken);
        await subscriber.WaitForAsync(s => s.Events.Count >= 50, CdcAcceptance.Timeout, $"the 50 edits of load {seed}");
        await read.CancelAsync();
        await subscriber.Completion;
        return subscriber;
    }
}
