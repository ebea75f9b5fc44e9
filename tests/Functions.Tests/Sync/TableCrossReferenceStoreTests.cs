using Integration.Core.CrossReference;
using Integration.Core.Fingerprints;
using Integration.Core.Records;
using Integration.Functions.Storage;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Tests.Sync;

public sealed class TableCrossReferenceStoreTests(AzuriteFixture azurite) : IAsyncLifetime, IDisposable
{
    private readonly SyncStorageBed _bed = new(azurite);
    private TableCrossReferenceStore _store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _bed.CreateAsync(Ct);
        _store = new TableCrossReferenceStore(_bed.Tables, Options.Create(_bed.TableNames));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task TryUpsert_new_pair_is_found_by_either_id_with_its_fields()
    {
        var created = await _store.TryUpsertAsync(Pair("001A", "901"), Ct);

        var byA = await _store.GetAsync("accounts", SyncSide.A, ["001A", "missing"], Ct);
        var byB = await _store.GetAsync("accounts", SyncSide.B, ["901"], Ct);

        Assert.NotNull(created?.ETag);
        Assert.Equal(["001A"], byA.Keys);
        Assert.Equal(("001A", "901"), (byA["001A"].AId, byA["001A"].BId));
        Assert.Equal(("001A", "901"), (byB["901"].AId, byB["901"].BId));
        Assert.Equal(new RecordVersion(At), byA["001A"].AVersion);
        Assert.Equal(FieldFingerprint.Of(Json("\"Acme\"")), byB["901"].Fields["name"].A);
    }

    [Fact]
    public async Task TryUpsert_with_a_stale_etag_returns_null_and_keeps_the_winner()
    {
        await _store.TryUpsertAsync(Pair("001B", "902"), Ct);
        var read = (await _store.GetAsync("accounts", SyncSide.A, ["001B"], Ct))["001B"];
        var first = await _store.TryUpsertAsync(read.WithVersion(SyncSide.B, new RecordVersion(At.AddMinutes(1))), Ct);

        var second = await _store.TryUpsertAsync(read.WithVersion(SyncSide.B, new RecordVersion(At.AddMinutes(2))), Ct);

        Assert.NotNull(first);
        Assert.Null(second);
        var now = (await _store.GetAsync("accounts", SyncSide.B, ["902"], Ct))["902"];
        Assert.Equal(new RecordVersion(At.AddMinutes(1)), now.BVersion);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Reads_from_both_sides_guard_the_pair_so_whichever_writes_second_is_refused(bool aFirst)
    {
        var (aId, bId) = aFirst ? ("001C", "903") : ("001D", "904");
        await _store.TryUpsertAsync(Pair(aId, bId), Ct);
        var fromA = (await _store.GetAsync("accounts", SyncSide.A, [aId], Ct))[aId];
        var fromB = (await _store.GetAsync("accounts", SyncSide.B, [bId], Ct))[bId];
        var (first, second) = aFirst ? (fromA, fromB) : (fromB, fromA);

        var won = await _store.TryUpsertAsync(first.WithVersion(SyncSide.A, new RecordVersion(At.AddMinutes(1))), Ct);
        var lost = await _store.TryUpsertAsync(second.WithVersion(SyncSide.A, new RecordVersion(At.AddMinutes(2))), Ct);

        Assert.NotNull(won);
        Assert.Null(lost);
        var byA = (await _store.GetAsync("accounts", SyncSide.A, [aId], Ct))[aId];
        var byB = (await _store.GetAsync("accounts", SyncSide.B, [bId], Ct))[bId];
        Assert.Equal((new RecordVersion(At.AddMinutes(1)), new RecordVersion(At.AddMinutes(1))), (byA.AVersion, byB.AVersion));
    }

    [Fact]
    public async Task TryUpsertMany_stores_each_row_as_TryUpsert_would_and_answers_null_only_for_the_stale_one()
    {
        await _store.TryUpsertAsync(Pair("001M1", "9M1"), Ct);
        await _store.TryUpsertAsync(Pair("001M2", "9M2"), Ct);
        var read = await _store.GetAsync("accounts", SyncSide.A, ["001M1", "001M2"], Ct);
        await _store.TryUpsertAsync(read["001M2"].WithVersion(SyncSide.A, new RecordVersion(At.AddMinutes(5))), Ct); // someone else, first

        var stored = await _store.TryUpsertManyAsync(
            [
                read["001M1"].WithVersion(SyncSide.A, new RecordVersion(At.AddMinutes(1))),
                read["001M2"].WithVersion(SyncSide.A, new RecordVersion(At.AddMinutes(1))),
                Pair("001M3", "9M3"),
            ],
            Ct);

        Assert.Equal([true, false, true], stored.Select(s => s is not null));
        var now = await _store.GetAsync("accounts", SyncSide.A, ["001M1", "001M2", "001M3"], Ct);
        Assert.Equal(
            [At.AddMinutes(1), At.AddMinutes(5), At],
            new[] { "001M1", "001M2", "001M3" }.Select(id => now[id].AVersion!.Value.ModifiedAt));
        Assert.NotNull(await _store.TryUpsertAsync(stored[0]!.WithVersion(SyncSide.A, new RecordVersion(At.AddMinutes(2))), Ct));
    }

    [Fact]
    public async Task TryUpsertMany_of_more_rows_than_one_transaction_holds_stores_them_all()
    {
        var pairs = Enumerable.Range(0, 120).Select(i => Pair($"001N{i:D3}", $"9N{i:D3}")).ToList();

        var stored = await _store.TryUpsertManyAsync(pairs, Ct);

        Assert.All(stored, Assert.NotNull);
        var byB = await _store.GetAsync("accounts", SyncSide.B, [.. pairs.Select(p => p.BId!)], Ct);
        Assert.Equal(120, byB.Count);
        Assert.All(pairs, p => Assert.Equal(p.AId, byB[p.BId!].AId));
    }

    [Fact]
    public async Task TryUpsert_without_etag_when_the_row_exists_returns_null()
    {
        await _store.TryUpsertAsync(Pair("001C", "903"), Ct);

        var again = await _store.TryUpsertAsync(Pair("001C", "999"), Ct);

        Assert.Null(again);
        Assert.Empty(await _store.GetAsync("accounts", SyncSide.B, ["999"], Ct));
    }

    [Fact]
    public async Task TryUpsert_of_a_moved_b_id_removes_the_old_b_row()
    {
        await _store.TryUpsertAsync(Pair("001D", "904"), Ct);
        var read = (await _store.GetAsync("accounts", SyncSide.A, ["001D"], Ct))["001D"];

        var moved = await _store.TryUpsertAsync(read.WithId(SyncSide.B, "905"), Ct);

        Assert.NotNull(moved);
        Assert.Empty(await _store.GetAsync("accounts", SyncSide.B, ["904"], Ct));
        Assert.Equal("001D", (await _store.GetAsync("accounts", SyncSide.B, ["905"], Ct))["905"].AId);
    }

    [Fact]
    public async Task TryUpsert_of_a_b_only_row_that_gains_an_a_id_keeps_one_pair()
    {
        var bOnly = await _store.TryUpsertAsync(CrossReferenceEntry.New("accounts", SyncSide.B, "906"), Ct);

        var linked = await _store.TryUpsertAsync(bOnly!.WithId(SyncSide.A, "001E"), Ct);

        Assert.NotNull(linked);
        Assert.Equal("906", (await _store.GetAsync("accounts", SyncSide.A, ["001E"], Ct))["001E"].BId);
        Assert.Equal("001E", (await _store.GetAsync("accounts", SyncSide.B, ["906"], Ct))["906"].AId);
    }

    [Fact]
    public async Task TryDelete_with_a_stale_etag_is_refused_and_with_the_current_one_removes_both_rows()
    {
        var created = await _store.TryUpsertAsync(Pair("001F", "907"), Ct);
        var updated = await _store.TryUpsertAsync(created!.WithVersion(SyncSide.A, new RecordVersion(At.AddHours(1))), Ct);

        var stale = await _store.TryDeleteAsync(created, Ct);
        var current = await _store.TryDeleteAsync(updated!, Ct);

        Assert.False(stale);
        Assert.True(current);
        Assert.Empty(await _store.GetAsync("accounts", SyncSide.A, ["001F"], Ct));
        Assert.Empty(await _store.GetAsync("accounts", SyncSide.B, ["907"], Ct));
    }

    private static readonly DateTimeOffset At = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    private static CrossReferenceEntry Pair(string aId, string bId) =>
        new("accounts", aId, bId, new RecordVersion(At), null, new Dictionary<string, FieldFingerprints>
        {
            ["name"] = new(FieldFingerprint.Of(Json("\"Acme\"")), FieldFingerprint.Of(Json("\"Acme\""))),
        });

    private static System.Text.Json.JsonElement Json(string text) => System.Text.Json.JsonDocument.Parse(text).RootElement.Clone();
}
