using Integration.Core.CrossReference;
using Integration.Core.Fingerprints;
using Integration.Core.Records;
using Integration.Functions.Storage;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Integration.Functions.Tests.Sync;

/// <summary>
/// The remembering store against a real table: what it hands out from memory is shown by changing the row behind its back
/// (through a plain table store) and seeing the remembered row come back.
/// </summary>
public sealed class RecentCrossReferenceStoreTests(AzuriteFixture azurite) : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    private readonly SyncStorageBed _bed = new(azurite);
    private readonly FakeTimeProvider _time = new(At);
    private TableCrossReferenceStore _table = null!;
    private RecentCrossReferenceStore _store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _bed.CreateAsync(Ct);
        _table = new TableCrossReferenceStore(_bed.Tables, Options.Create(_bed.TableNames));
        _store = Remembering(TimeSpan.FromSeconds(30));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task GetLastSeen_after_a_read_answers_from_memory_and_a_write_with_a_stale_row_is_refused_then_reread()
    {
        await _table.TryUpsertAsync(Pair("001A", "901", "Acme"), Ct);
        await _store.GetAsync("accounts", SyncSide.A, ["001A"], Ct);
        var behind = (await _table.GetAsync("accounts", SyncSide.A, ["001A"], Ct))["001A"];
        await _table.TryUpsertAsync(behind.WithFingerprints(Prints("Acme 2")), Ct);

        var remembered = (await _store.GetLastSeenAsync("accounts", SyncSide.A, ["001A"], Ct))["001A"];
        var refused = await _store.TryUpsertAsync(remembered.WithFingerprints(Prints("Acme 3")), Ct);
        var reread = (await _store.GetLastSeenAsync("accounts", SyncSide.A, ["001A"], Ct))["001A"];

        Assert.Equal(Prints("Acme")["name"], remembered.Fields["name"]);
        Assert.Null(refused);
        Assert.Equal(Prints("Acme 2")["name"], reread.Fields["name"]);
    }

    [Fact]
    public async Task Rows_written_through_the_store_are_remembered_under_both_ids_with_their_new_etag()
    {
        var stored = (await _store.TryUpsertManyAsync([Pair("001B", "902", "Beta")], Ct))[0];

        var byB = (await _store.GetLastSeenAsync("accounts", SyncSide.B, ["902"], Ct))["902"];
        var again = await _table.TryUpsertAsync(byB.WithFingerprints(Prints("Beta 2")), Ct);

        Assert.NotNull(stored);
        Assert.Equal(stored.ETag, byB.ETag);
        Assert.NotNull(again);
    }

    [Fact]
    public async Task An_id_read_with_no_row_is_remembered_as_absent_until_a_create_of_it_is_refused()
    {
        await _store.GetAsync("accounts", SyncSide.A, ["001C"], Ct);
        await _table.TryUpsertAsync(Pair("001C", "903", "Gamma"), Ct);

        var remembered = await _store.GetLastSeenAsync("accounts", SyncSide.A, ["001C"], Ct);
        var refused = await _store.TryUpsertAsync(Pair("001C", "999", "Gamma"), Ct);
        var reread = await _store.GetLastSeenAsync("accounts", SyncSide.A, ["001C"], Ct);

        Assert.Empty(remembered);
        Assert.Null(refused);
        Assert.Equal("903", reread["001C"].BId);
    }

    [Fact]
    public async Task A_deleted_row_is_remembered_as_absent()
    {
        var stored = await _store.TryUpsertAsync(Pair("001D", "904", "Delta"), Ct);

        var deleted = await _store.TryDeleteAsync(stored!, Ct);

        Assert.True(deleted);
        Assert.Empty(await _store.GetLastSeenAsync("accounts", SyncSide.A, ["001D"], Ct));
        Assert.Empty(await _store.GetLastSeenAsync("accounts", SyncSide.B, ["904"], Ct));
    }

    [Theory]
    [InlineData(0, 0, "Echo 2")]    // memory off: always read
    [InlineData(30, 10, "Echo")]    // within the period: remembered
    [InlineData(30, 61, "Echo 2")]  // two periods later: forgotten, read again
    public async Task GetLastSeen_reads_the_table_when_memory_is_off_or_the_row_was_seen_too_long_ago(int keepSeconds, int laterSeconds, string expected)
    {
        var store = Remembering(TimeSpan.FromSeconds(keepSeconds));
        await _table.TryUpsertAsync(Pair("001E", "905", "Echo"), Ct);
        await store.GetAsync("accounts", SyncSide.A, ["001E"], Ct);
        var behind = (await _table.GetAsync("accounts", SyncSide.A, ["001E"], Ct))["001E"];
        await _table.TryUpsertAsync(behind.WithFingerprints(Prints("Echo 2")), Ct);
        _time.Advance(TimeSpan.FromSeconds(laterSeconds));

        var seen = (await store.GetLastSeenAsync("accounts", SyncSide.A, ["001E"], Ct))["001E"];

        Assert.Equal(Prints(expected)["name"], seen.Fields["name"]);
    }

    private RecentCrossReferenceStore Remembering(TimeSpan keepFor) =>
        new(_table, Options.Create(new SyncTableOptions { CrossReference = _bed.TableNames.CrossReference, RememberCrossReferenceFor = keepFor }), _time);

    private static CrossReferenceEntry Pair(string aId, string bId, string name) =>
        new("accounts", aId, bId, new RecordVersion(At), null, Prints(name));

    private static Dictionary<string, FieldFingerprints> Prints(string name)
    {
        var print = FieldFingerprint.Of(System.Text.Json.JsonDocument.Parse($"\"{name}\"").RootElement.Clone());
        return new Dictionary<string, FieldFingerprints> { ["name"] = new(print, print) };
    }
}
