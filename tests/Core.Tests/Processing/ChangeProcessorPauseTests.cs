using Integration.Core.Changes;
using Integration.Core.Plans;
using Integration.Core.Tests.Fakes;
using Integration.Core.Transforms;

namespace Integration.Core.Tests.Processing;

public sealed class ChangeProcessorPauseTests
{
    private const string Deals = "account-deals";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Paused_mapping_enqueues_no_command_and_returns_its_records_as_held()
    {
        var harness = new SyncHarness();
        harness.Pauses.Pause(TestPlans.Accounts);
        var account = harness.Sf.Create("Account", ("Name", "Acme"), ("Phone", "555"));

        var result = await harness.StepAsync(Token);

        Assert.Equal((0, 1, 1), (result.WritesOut, result.Held, harness.Pauses.Reads));
        var held = Assert.Single(result.Parked);
        Assert.Equal((account, TestPlans.Accounts, true, 1, ChangeKind.Create), (held.RecordId, held.Mapping, held.Held, held.Attempts, held.Kind));
        Assert.Equal(0, harness.Sf.ReadCalls);
        Assert.Empty(harness.Hs.Ids("companies"));
        Assert.Empty(harness.Logs.Errors);
    }

    [Fact]
    public async Task Other_mapping_of_the_same_object_still_flows_while_one_is_paused()
    {
        var harness = new SyncHarness(WithDealsMapping(TestPlans.Build()));
        harness.Pauses.Pause(TestPlans.Accounts);
        var account = harness.Sf.Create("Account", ("Name", "Acme"), ("Phone", "555"));

        var result = await harness.StepAsync(Token);

        var deal = Assert.Single(harness.Hs.Ids("deals"));
        Assert.Equal(("Acme", account), (harness.Hs.Value("deals", deal, "dealname"), harness.Hs.Value("deals", deal, "sf_id")));
        Assert.Empty(harness.Hs.Ids("companies"));
        var held = Assert.Single(result.Parked);
        Assert.Equal((TestPlans.Accounts, true), (held.Mapping, held.Held));
    }

    [Fact]
    public async Task Held_record_flows_with_its_latest_values_once_the_mapping_is_resumed_and_the_other_mapping_is_not_rewritten()
    {
        var harness = new SyncHarness(WithDealsMapping(TestPlans.Build()));
        harness.Pauses.Pause(TestPlans.Accounts);
        var account = harness.Sf.Create("Account", ("Name", "Acme"), ("Phone", "555"));
        var first = await harness.StepAsync(Token);
        harness.Sf.Edit("Account", account, "Phone", "556");
        var second = await harness.StepAsync(Token);
        var writtenBefore = harness.Hs.RecordsWritten;

        harness.Pauses.Resume(TestPlans.Accounts);
        var resumed = await harness.StepAsync(Token);

        var again = Assert.Single(second.Parked);
        Assert.Equal((2, first.Parked[0].FirstParkedAt), (again.Attempts, again.FirstParkedAt));
        Assert.Empty(resumed.Parked);
        var company = Assert.Single(harness.Hs.Ids("companies"));
        Assert.Equal(("Acme", "556"), (harness.Hs.Value("companies", company, "name"), harness.Hs.Value("companies", company, "phone")));
        Assert.Equal(writtenBefore + 1, harness.Hs.RecordsWritten);
        Assert.Single(harness.Hs.Ids("deals"));
    }

    [Fact]
    public async Task Record_held_longer_than_the_park_limit_is_still_held_and_never_an_error()
    {
        var harness = new SyncHarness();
        harness.Pauses.Pause(TestPlans.Accounts);
        harness.Sf.Create("Account", ("Name", "Acme"));
        var first = await harness.StepAsync(Token);

        harness.Time.Advance(harness.Options.ParkMaxWait * 2);
        var later = await harness.ProcessAsync(new([], Parked: first.Parked), Token);

        var held = Assert.Single(later.Parked);
        Assert.Equal((true, 2), (held.Held, held.Attempts));
        Assert.Empty(harness.Logs.Errors);
    }

    [Fact]
    public async Task Delete_held_while_paused_is_propagated_after_the_resume()
    {
        var harness = new SyncHarness(TestPlans.Build(deletePolicy: DeletePolicy.Delete));
        var account = harness.Sf.Create("Account", ("Name", "Acme"));
        await harness.SettleAsync(Token);
        harness.Pauses.Pause(TestPlans.Accounts);
        harness.Sf.Remove("Account", account);
        var paused = await harness.StepAsync(Token);

        harness.Pauses.Resume(TestPlans.Accounts);
        await harness.StepAsync(Token);

        Assert.Equal(ChangeKind.Delete, Assert.Single(paused.Parked).Kind);
        Assert.Empty(harness.Hs.Ids("companies"));
        Assert.Equal(1, harness.Hs.DeleteCalls);
    }

    /// <summary>A second mapping of Salesforce Account: to HubSpot deals, one-way.</summary>
    private static MigrationPlan WithDealsMapping(MigrationPlan plan) => plan with
    {
        Mappings =
        [
            .. plan.Mappings,
            new ObjectMapping(
                Deals,
                new ObjectEndpoint("sf", "Account", null),
                new ObjectEndpoint("hs", "deals", "sf_id"),
                "sf",
                DeletePolicy.Ignore,
                null,
                [new FieldMapping(["Name"], "dealname", new CopyTransformSpec(), SyncRule.AlwaysFromSource)],
                MappingReconciliation.None),
        ],
    };
}
