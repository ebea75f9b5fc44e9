using System.Text.Json;
using Integration.Core.Changes;
using Integration.Functions.Intake;
using Integration.Functions.Storage;
using Integration.Functions.Tests.Sync;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Tests.Intake;

public sealed class ChangeFeedDrainTests(AzuriteFixture azurite) : IAsyncLifetime, IDisposable
{
    private readonly SyncStorageBed _bed = new(azurite);
    private TableCheckpointStore _checkpoints = null!;
    private ChangeFeedDrain _drain = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _bed.CreateAsync(Ct);
        _checkpoints = new TableCheckpointStore(_bed.Tables, Options.Create(_bed.TableNames));
        _drain = new ChangeFeedDrain(_checkpoints, new ChangesQueue(_bed.Queues, Options.Create(_bed.QueueNames)), TimeProvider.System);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task Drain_enqueues_every_batch_commits_the_last_position_and_ends_quietly_when_the_window_closes()
    {
        var feed = new ScriptedFeed([ScriptedFeed.Batch("1", "001A", "001B"), ScriptedFeed.Batch("2", "001C")]);

        var result = await _drain.DrainAsync(feed, TimeSpan.FromMilliseconds(300), Ct);

        Assert.Equal(new DrainResult(ScriptedFeed.Name, 2, 3), result);
        Assert.Equal("2", (await _checkpoints.GetAsync(ScriptedFeed.Name, Ct))?.Value);
        Assert.Equal(["001A", "001B", "001C"], await EnqueuedIdsAsync());
    }

    [Fact]
    public async Task Drain_that_fails_mid_read_keeps_the_checkpoint_of_the_last_enqueued_batch()
    {
        var feed = new ScriptedFeed([ScriptedFeed.Batch("7", "001A")], new InvalidOperationException("stream broke"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _drain.DrainAsync(feed, TimeSpan.FromMinutes(1), Ct));

        Assert.Equal("stream broke", error.Message);
        Assert.Equal("7", (await _checkpoints.GetAsync(ScriptedFeed.Name, Ct))?.Value);
        Assert.Equal(["001A"], await EnqueuedIdsAsync());
    }

    [Fact]
    public async Task Drain_resumes_the_feed_from_its_checkpoint()
    {
        await _checkpoints.CommitAsync(new StreamPosition(ScriptedFeed.Name, "41"), Ct);
        var feed = new ScriptedFeed([]);

        var result = await _drain.DrainAsync(feed, TimeSpan.FromMilliseconds(100), Ct);

        Assert.Equal(new StreamPosition(ScriptedFeed.Name, "41"), feed.ReadFrom);
        Assert.Equal(0, result.Batches);
    }

    private async Task<List<string>> EnqueuedIdsAsync() =>
        [.. (await _bed.ReceiveAllAsync(_bed.QueueNames.Changes, Ct))
            .SelectMany(body => JsonSerializer.Deserialize<ChangesMessage>(body, MessageJson.Options)!.Events!)
            .SelectMany(e => e.RecordIds)
            .Order(StringComparer.Ordinal)];
}
