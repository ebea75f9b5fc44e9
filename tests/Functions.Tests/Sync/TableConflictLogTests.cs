using System.Text.Json;
using Integration.Core.Conflicts;
using Integration.Core.CrossReference;
using Integration.Core.Records;
using Integration.Functions.Storage;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Tests.Sync;

public sealed class TableConflictLogTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly SyncStorageBed _bed = new(azurite);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task Same_conflict_decided_in_two_batches_is_recorded_once()
    {
        await _bed.CreateAsync(Ct);
        var log = new TableConflictLog(_bed.Tables, Options.Create(_bed.TableNames));
        var decided = Conflict("+1 555 0222");

        await log.RecordAsync([decided], Ct);
        await log.RecordAsync([decided with { DecidedAt = At.AddSeconds(2) }], Ct);

        var kept = Assert.Single(await log.ListAsync("accounts", 10, Ct));
        Assert.Equal((decided.DecidedAt, decided.Key), (kept.DecidedAt, kept.Key));
    }

    [Fact]
    public async Task Conflicts_differing_in_a_value_or_a_version_are_all_recorded_newest_edit_first()
    {
        await _bed.CreateAsync(Ct);
        var log = new TableConflictLog(_bed.Tables, Options.Create(_bed.TableNames));
        var first = Conflict("+1 555 0222");
        var otherValue = Conflict("+1 555 0223");
        var later = first with { BVersion = new RecordVersion(At.AddMinutes(5)) };

        await log.RecordAsync([first, otherValue, later], Ct);

        var listed = await log.ListAsync("accounts", 10, Ct);
        Assert.Equal(3, listed.Count);
        Assert.Equal(later.Key, listed[0].Key);
    }

    private static ConflictRecord Conflict(string hubSpotPhone) => new(
        "accounts", "001A", "901", "phone",
        JsonSerializer.SerializeToElement("+1 555 0211"), JsonSerializer.SerializeToElement(hubSpotPhone),
        SyncSide.A, At, new RecordVersion(At.AddMinutes(-2)), new RecordVersion(At.AddMinutes(-1)));
}
