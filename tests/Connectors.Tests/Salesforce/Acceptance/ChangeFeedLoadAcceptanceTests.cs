using Integration.Core.Changes;

namespace Integration.Connectors.Tests.Salesforce.Acceptance;

/// <summary>
/// Issue 3, "Done when": while subscribed, 10k edits at 500/s are all observed, and a subscriber killed and
/// resumed from its checkpoint misses none. Replay ids are compared with the sandbox's retained log.
/// </summary>
[Trait("Category", "Acceptance")]
[Collection(CdcAcceptance.Collection)]
public sealed class ChangeFeedLoadAcceptanceTests(ITestOutputHelper output)
{
    private const int Rate = 500;
    private const int Seconds = 20;
    private const int Edits = Rate * Seconds;
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(Seconds + 20);

    [Fact]
    public async Task Ten_thousand_user_edits_at_500_per_second_are_all_observed()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var sandbox = await CdcSandbox.StartAsync(cancellationToken);
        await sandbox.SeedAsync(seed: 2, accounts: 300, cancellationToken);
        var feed = sandbox.NewFeed();
        var start = await sandbox.CurrentPositionAsync(feed, cancellationToken);
        using var read = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var subscriber = new CheckpointingSubscriber();
        subscriber.Start(feed, start, read.Token);

        await sandbox.StartUserEditsAsync(Rate, Seconds, seed: 21, cancellationToken);
        await subscriber.WaitForAsync(s => s.Events.Count >= Edits, LoadTimeout, $"{Edits} user edits");
        var last = await sandbox.LastReplayIdAsync(cancellationToken);
        var load = await sandbox.UserEditsAsync(cancellationToken);
        await read.CancelAsync();
        await subscriber.Completion;

        Report("one subscriber", subscriber);
        var first = CheckpointingSubscriber.ReplayId(start);
        Assert.Equal(Edits, (long?)load["edits"]);
        Assert.Equal(first + Edits, last);
        Assert.Empty(Missing(first, last, subscriber.Events.Keys));
        Assert.Equal(0, subscriber.Duplicates);
        Assert.All(subscriber.Events.Values, e => Assert.Equal(ChangeKind.Update, e.Kind));
        Assert.All(subscriber.Events.Values, e => Assert.Null(e.Origin));
        Assert.Equal(last, CheckpointingSubscriber.ReplayId(subscriber.Checkpoint!));
    }

    [Fact]
    public async Task Subscriber_killed_mid_load_and_resumed_from_its_checkpoint_misses_no_edit()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var sandbox = await CdcSandbox.StartAsync(cancellationToken);
        await sandbox.SeedAsync(seed: 3, accounts: 300, cancellationToken);
        var start = await sandbox.CurrentPositionAsync(sandbox.NewFeed(), cancellationToken);
        var killed = new CheckpointingSubscriber { KillAfter = Edits * 3 / 10 };
        killed.Start(sandbox.NewFeed(), start, cancellationToken);

        await sandbox.StartUserEditsAsync(Rate, Seconds, seed: 31, cancellationToken);
        await killed.WaitForAsync(s => s.Completion.IsCompleted, LoadTimeout, $"the first subscriber to stop after {killed.KillAfter} events");
        var checkpoint = killed.Checkpoint ?? start;
        using var read = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var resumed = new CheckpointingSubscriber();
        resumed.Start(sandbox.NewFeed(), checkpoint, read.Token);
        await resumed.WaitForAsync(s => s.Events.Keys.Union(killed.Events.Keys).Count() >= Edits, LoadTimeout, $"{Edits} edits across both subscribers");
        var last = await sandbox.LastReplayIdAsync(cancellationToken);
        await read.CancelAsync();
        await resumed.Completion;

        Report("killed", killed);
        Report("resumed", resumed);
        var first = CheckpointingSubscriber.ReplayId(start);
        var committed = CheckpointingSubscriber.ReplayId(checkpoint);
        var duplicates = resumed.Events.Keys.Intersect(killed.Events.Keys).Order().ToList();
        output.WriteLine($"checkpoint {checkpoint.Value}, redelivered after it: {duplicates.Count}");
        Assert.Equal(first + Edits, last);
        Assert.Empty(Missing(first, last, killed.Events.Keys.Union(resumed.Events.Keys)));
        Assert.Equal(committed + 1, resumed.Events.Keys.Min());
        Assert.All(duplicates, id => Assert.True(id > committed, $"replay id {id} was delivered again although the checkpoint {committed} covers it"));
        Assert.Equal(killed.Events.Keys.Where(id => id > committed).Order(), duplicates);
        Assert.NotEmpty(duplicates);
    }

    private static List<long> Missing(long after, long last, IEnumerable<long> seen)
    {
        var set = seen.ToHashSet();
        return [.. Enumerable.Range(0, (int)(last - after)).Select(i => after + 1 + i).Where(id => !set.Contains(id)).Take(20)];
    }

    private void Report(string name, CheckpointingSubscriber subscriber)
    {
        var span = (subscriber.LastReceivedAt - subscriber.FirstReceivedAt) ?? TimeSpan.Zero;
        var rate = span > TimeSpan.Zero ? subscriber.Events.Count / span.TotalSeconds : 0;
        output.WriteLine($"{name}: {subscriber.Events.Count} events in {subscriber.Batches} batches over {span.TotalSeconds:F1} s = {rate:F0} events/s; max lag {subscriber.MaxLag.TotalMilliseconds:F0} ms; duplicates {subscriber.Duplicates}");
    }
}
