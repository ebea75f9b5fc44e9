using Integration.Core.Changes;
using Integration.Functions.Storage;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Tests.Sync;

public sealed class TableCheckpointStoreTests(AzuriteFixture azurite) : IDisposable
{
    private readonly SyncStorageBed _bed = new(azurite);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task Commit_then_get_returns_the_last_committed_position_per_stream()
    {
        await _bed.CreateAsync(Ct);
        var store = new TableCheckpointStore(_bed.Tables, Options.Create(_bed.TableNames));
        const string Stream = "salesforce:main:/data/ChangeEvents";

        var before = await store.GetAsync(Stream, Ct);
        await store.CommitAsync(new StreamPosition(Stream, "41|1764400000000"), Ct);
        await store.CommitAsync(new StreamPosition(Stream, "42|1764400001000"), Ct);
        await store.CommitAsync(new StreamPosition("netsuite:ns:suiteql:customer", "{}"), Ct);

        Assert.Null(before);
        Assert.Equal(new StreamPosition(Stream, "42|1764400001000"), await store.GetAsync(Stream, Ct));
        Assert.Equal("{}", (await store.GetAsync("netsuite:ns:suiteql:customer", Ct))?.Value);
    }
}
