using Integration.Core.CrossReference;
using Integration.Core.Processing;
using Integration.Core.Plans;
using Integration.Core.Records;
using Integration.Core.Tests.Fakes;

namespace Integration.Core.Tests.Processing;

/// <summary>
/// A mapping whose fields only flow from Salesforce (always-from-source) is decided on a Salesforce notification without
/// reading HubSpot: the company's values can decide nothing, so the vendor call is saved.
/// </summary>
public sealed class ChangeProcessorUnreadCounterpartTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static MigrationPlan OneWay(SyncRule rule = SyncRule.AlwaysFromSource)
    {
        var plan = TestPlans.Build();
        return plan with
        {
            Mappings = [.. plan.Mappings.Select(m => m.Name == TestPlans.Accounts
                ? m with { Fields = [.. m.Fields.Select(f => f with { Sync = rule })] }
                : m)],
        };
    }

    private static async Task<(SyncHarness Harness, string Account, string Company)> LinkedAsync(MigrationPlan plan)
    {
        var harness = new SyncHarness(plan);
        var account = harness.Sf.Create("Account", ("Name", "Acme"), ("Phone", "555"));
        await harness.SettleAsync(Token);
        return (harness, account, Assert.Single(harness.Hs.Ids("companies")));
    }

    [Fact]
    public async Task A_Salesforce_edit_is_written_by_the_company_id_without_reading_HubSpot()
    {
        var (harness, account, company) = await LinkedAsync(OneWay());
        var (reads, commands) = (harness.Hs.ReadCalls, harness.Queue.History.Count);

        harness.Sf.Edit("Account", account, "Phone", "556");
        await harness.StepAsync(Token);

        Assert.Equal(reads, harness.Hs.ReadCalls);
        Assert.Equal(("556", "Acme", account), (harness.Hs.Value("companies", company, "phone"), harness.Hs.Value("companies", company, "name"), harness.Hs.Value("companies", company, "sf_id")));
        var command = Assert.Single(harness.Queue.History.Skip(commands));
        Assert.Equal((RecordIdKey.Field, company), (command.ExternalIdField, command.ExternalId));
    }

    [Fact]
    public async Task A_company_deleted_without_notice_is_re_created_by_the_repair_its_refused_write_asks_for()
    {
        var (harness, account, company) = await LinkedAsync(OneWay());
        harness.Hs.Remove("companies", company);
        harness.Hs.TakeFeed(); // its deletion webhook never arrived

        harness.Sf.Edit("Account", account, "Phone", "556");
        await harness.StepAsync(Token);
        var refused = harness.Written[^1];
        await harness.ProcessAsync(new ProcessingBatch([], refused.Repairs), Token);
        await harness.WriteQueuedAsync(Token);

        Assert.Equal((0, 0), (refused.Written, refused.DeadLettered));
        Assert.True(Assert.Single(refused.Repairs).Repair);
        Assert.Empty(harness.Logs.DeadLetters);
        var recreated = Assert.Single(harness.Hs.Ids("companies"), id => harness.Hs.Exists("companies", id));
        Assert.NotEqual(company, recreated);
        Assert.Equal(("556", account), (harness.Hs.Value("companies", recreated, "phone"), harness.Hs.Value("companies", recreated, "sf_id")));
        Assert.Equal(recreated, harness.CrossReference.Find(TestPlans.Accounts, SyncSide.A, account)?.BId);
    }

    [Fact]
    public async Task A_repair_whose_write_by_id_is_refused_too_is_dead_lettered_not_repaired_again()
    {
        var (harness, account, company) = await LinkedAsync(OneWay());
        harness.Hs.Failures[company] = new([new WriteFailure("VALIDATION_ERROR", "phone is not valid", false, ["phone"])]);
        harness.Sf.Edit("Account", account, "Phone", "not a phone");
        await harness.StepAsync(Token);
        var repairs = harness.Written[^1].Repairs;
        harness.Hs.Failures[account] = new([new WriteFailure("VALIDATION_ERROR", "phone is not valid", false, ["phone"])]); // the repair writes by sf_id

        await harness.ProcessAsync(new ProcessingBatch([], repairs), Token);
        await harness.WriteQueuedAsync(Token);

        Assert.Single(repairs);
        Assert.Empty(harness.Written[^1].Repairs);
        var letter = Assert.Single(harness.Logs.DeadLetters);
        Assert.Equal(("VALIDATION_ERROR", true), (letter.Code, letter.Command.Repair));
    }

    [Fact]
    public async Task A_Salesforce_notification_with_nothing_new_is_an_echo_without_reading_HubSpot()
    {
        var (harness, account, _) = await LinkedAsync(OneWay());
        var (reads, written) = (harness.Hs.ReadCalls, harness.Hs.RecordsWritten);

        harness.Sf.Edit("Account", account, "Phone", "555");
        var result = await harness.StepAsync(Token);

        Assert.Equal((1, 0), (result.EchoesDropped, result.WritesOut));
        Assert.Equal((reads, written), (harness.Hs.ReadCalls, harness.Hs.RecordsWritten));
    }

    [Fact]
    public async Task A_HubSpot_edit_of_an_always_from_source_field_is_read_with_its_account_and_reverted()
    {
        var (harness, account, company) = await LinkedAsync(OneWay());

        harness.Hs.Edit("companies", company, "phone", "999");
        await harness.SettleAsync(Token);

        Assert.Equal("555", harness.Hs.Value("companies", company, "phone"));
        Assert.Equal("555", harness.Sf.Value("Account", account, "Phone"));
    }

    [Fact]
    public async Task A_two_way_mapping_still_reads_the_company_to_decide()
    {
        var (harness, account, _) = await LinkedAsync(TestPlans.Build());
        var reads = harness.Hs.ReadCalls;

        harness.Sf.Edit("Account", account, "Phone", "556");
        await harness.StepAsync(Token);

        Assert.Equal(reads + 1, harness.Hs.ReadCalls);
    }
}
