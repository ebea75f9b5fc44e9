using System.Text.Json;
using Integration.Core.Writing;
using Integration.Functions.Storage;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Tests.Sync;

public sealed class TableDeadLetterStoreTests(AzuriteFixture azurite) : IDisposable
{
    private readonly SyncStorageBed _bed = new(azurite);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task Added_letters_are_listed_newest_first_and_replay_moves_one_back_to_its_writes_queue()
    {
        await _bed.CreateAsync(Ct);
        var writes = new QueueWriteQueue(_bed.Queues, _bed.Plans, Options.Create(_bed.QueueNames));
        var store = new TableDeadLetterStore(_bed.Tables, Options.Create(_bed.TableNames), writes);
        var at = new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
        await store.AddAsync(
            [
                new DeadLetter(Commands.ToHubSpot("001A", "Old"), "INVALID_EMAIL", "bad email", ["email"], at),
                new DeadLetter(Commands.ToHubSpot("001B", "New"), "PROPERTY_DOESNT_EXIST", "no such property", ["x"], at.AddMinutes(1)),
            ],
            Ct);

        var listed = await store.ListAsync("hs", 10, Ct);
        var replayed = await store.ReplayAsync(listed[0].Id, Ct);
        var again = await store.ReplayAsync(listed[0].Id, Ct);

        Assert.Equal(["001B", "001A"], listed.Select(l => l.Letter.Command.SourceId));
        Assert.Equal(("PROPERTY_DOESNT_EXIST", "no such property"), (listed[0].Letter.Code, listed[0].Letter.Message));
        Assert.True(replayed);
        Assert.False(again);
        Assert.Null(await store.GetAsync(listed[0].Id, Ct));
        Assert.Equal(["001A"], (await store.ListAsync(null, 10, Ct)).Select(l => l.Letter.Command.SourceId));
        var requeued = Assert.Single(await _bed.ReceiveAllAsync(_bed.QueueNames.WritesHubSpot, Ct));
        Assert.Equal("001B", Assert.Single(JsonSerializer.Deserialize<WritesMessage>(requeued, MessageJson.Options)!.Commands).SourceId);
    }
}
