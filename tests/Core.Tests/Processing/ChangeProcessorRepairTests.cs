using Integration.Core.Changes;
using Integration.Core.Processing;
using Integration.Core.Tests.Fakes;

namespace Integration.Core.Tests.Processing;

/// <summary>
/// A repair resync follows a write race: HubSpot may hold an older value than the cross-reference fingerprints say
/// (our own stale write landed last), which the fingerprints alone would read as a HubSpot edit.
/// </summary>
public sealed class ChangeProcessorRepairTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<(SyncHarness Harness, string Account, string Company)> StaleCompanyAsync()
    {
        var harness = new SyncHarness();
        var account = harness.Sf.Create("Account", ("Name", "Acme"), ("Phone", "555"));
        await harness.SettleAsync(Token);
        var company = harness.Hs.Ids("companies")[0];
        harness.Hs.Edit("companies", company, "name", "Acme (older)");
        harness.Hs.Edit("companies", company, "phone", "554");
        harness.Hs.TakeFeed(); // our own late write, not a user edit: no notification reaches the processor
        return (harness, account, company);
    }

    private static ProcessingBatch Resync(string account, bool repair) =>
        new([], [new ResyncRequest("sf", "Account", [account], null, "concurrent-write", repair)]);

    [Fact]
    public async Task Repair_writes_the_notified_sides_values_over_the_other_side_without_logging_conflicts()
    {
        var (harness, account, company) = await StaleCompanyAsync();

        await harness.ProcessAsync(Resync(account, repair: true), Token);
        var queued = harness.Queue.Peek("hs");
        await harness.WriteQueuedAsync(Token);
        await harness.SettleAsync(Token);

        Assert.True(Assert.Single(queued).Repair);
        Assert.Equal(("Acme", "555"), (harness.Hs.Value("companies", company, "name"), harness.Hs.Value("companies", company, "phone")));
        Assert.Equal("Acme", harness.Sf.Value("Account", account, "Name"));
        Assert.Empty(harness.Logs.Conflicts);
    }

    [Fact]
    public async Task A_plain_resync_takes_the_record_for_an_echo_and_leaves_the_stale_value_which_is_why_races_ask_for_repairs()
    {
        var (harness, account, company) = await StaleCompanyAsync();

        var result = await harness.ProcessAsync(Resync(account, repair: false), Token);
        await harness.WriteQueuedAsync(Token);

        Assert.Equal((1, 0), (result.EchoesDropped, result.WritesOut));
        Assert.Equal("Acme (older)", harness.Hs.Value("companies", company, "name"));
    }

    [Fact]
    public async Task Repair_writes_nothing_when_both_sides_already_agree()
    {
        var harness = new SyncHarness();
        var account = harness.Sf.Create("Account", ("Name", "Acme"));
        await harness.SettleAsync(Token);
        var written = harness.Hs.RecordsWritten + harness.Sf.RecordsWritten;

        var result = await harness.ProcessAsync(Resync(account, repair: true), Token);
        await harness.WriteQueuedAsync(Token);

        Assert.Equal(0, result.WritesOut);
        Assert.Equal(written, harness.Hs.RecordsWritten + harness.Sf.RecordsWritten);
    }
}
