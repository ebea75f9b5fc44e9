using Integration.Core.CrossReference;
using Integration.Core.Plans;
using Integration.Core.Processing;
using Integration.Core.Tests.Fakes;

namespace Integration.Core.Tests.Processing;

public sealed class ChangeProcessorPolicyTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DeletePolicy.Delete, false)]
    [InlineData(DeletePolicy.Archive, false)]
    [InlineData(DeletePolicy.Ignore, true)]
    public async Task Deleting_a_Salesforce_account_follows_the_delete_policy_on_HubSpot(DeletePolicy policy, bool companyRemains)
    {
        var harness = new SyncHarness(TestPlans.Build(deletePolicy: policy));
        var account = harness.Sf.Create("Account", ("Name", "Acme"));
        await harness.SettleAsync(Token);
        var companyId = harness.Hs.Ids("companies")[0];

        harness.Sf.Remove("Account", account);
        await harness.SettleAsync(Token);

        Assert.Equal(companyRemains, harness.Hs.Exists("companies", companyId));
        Assert.Equal(companyRemains, harness.CrossReference.Find(TestPlans.Accounts, SyncSide.A, account) is not null);
        Assert.Equal(companyRemains ? 0 : 1, harness.Hs.DeleteCalls);
    }

    [Fact]
    public async Task Always_from_source_reverts_an_edit_made_on_HubSpot()
    {
        var harness = new SyncHarness(TestPlans.Build(nameRule: SyncRule.AlwaysFromSource));
        var account = harness.Sf.Create("Account", ("Name", "Acme"));
        await harness.SettleAsync(Token);
        var companyId = harness.Hs.Ids("companies")[0];

        harness.Hs.Edit("companies", companyId, "name", "Renamed in HubSpot");
        await harness.SettleAsync(Token);

        Assert.Equal("Acme", harness.Hs.Value("companies", companyId, "name"));
        Assert.Equal("Acme", harness.Sf.Value("Account", account, "Name"));
        Assert.Empty(harness.Logs.Conflicts);
    }

    [Fact]
    public async Task HubSpot_merge_hands_the_merged_away_company_link_to_the_survivor()
    {
        var harness = new SyncHarness();
        var account = harness.Sf.Create("Account", ("Name", "Acme"));
        await harness.SettleAsync(Token);
        var merged = harness.Hs.Ids("companies")[0];
        var survivor = harness.Hs.Create("companies", ("name", "Acme Inc"));
        harness.Hs.TakeFeed();

        harness.Hs.Merge("companies", survivor, merged);
        await harness.SettleAsync(Token);

        var row = harness.CrossReference.Find(TestPlans.Accounts, SyncSide.A, account);
        Assert.Equal(survivor, row?.BId);
        Assert.Equal("Acme Inc", harness.Sf.Value("Account", account, "Name"));
        Assert.Single(harness.Sf.Ids("Account"));
    }

    [Fact]
    public async Task A_failing_transform_is_surfaced_and_the_other_fields_are_still_written()
    {
        var harness = new SyncHarness();
        harness.Sf.Create("Account", ("Name", "Acme"), ("Industry", "Mining"));

        await harness.SettleAsync(Token);

        var companyId = Assert.Single(harness.Hs.Ids("companies"));
        Assert.Equal(("Acme", "(missing)"), (harness.Hs.Value("companies", companyId, "name"), harness.Hs.Value("companies", companyId, "industry")));
        var error = Assert.Single(harness.Logs.Errors);
        Assert.Equal(SyncErrorCodes.TransformFailed, error.Code);
        Assert.Contains("'Mining' is not in the value map", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_on_an_endpoint_without_external_id_field_is_surfaced_instead_of_written()
    {
        var harness = new SyncHarness(TestPlans.Build(salesforceExternalId: null));
        var companyId = harness.Hs.Create("companies", ("name", "Globex"));

        await harness.SettleAsync(Token);

        Assert.Empty(harness.Sf.Ids("Account"));
        var error = Assert.Single(harness.Logs.Errors);
        Assert.Equal((SyncErrorCodes.NoExternalIdField, companyId), (error.Code, error.RecordId));
    }

    [Fact]
    public async Task Resync_by_modification_time_rewrites_drifted_records_on_the_bulk_lane()
    {
        var harness = new SyncHarness(TestPlans.Build(nameRule: SyncRule.AlwaysFromSource));
        harness.Sf.Create("Account", ("Name", "Acme"));
        await harness.SettleAsync(Token);
        var companyId = harness.Hs.Ids("companies")[0];
        harness.Hs.Edit("companies", companyId, "name", "Drifted");
        harness.Hs.TakeFeed();

        await harness.ProcessAsync(new([], Resyncs: [new("hs", "companies", null, DateTimeOffset.MinValue, "nightly")]), Token);

        var command = Assert.Single(harness.Queue.Peek("hs"));
        Assert.Equal((Records.WriteLane.Bulk, "Acme"), (command.Lane, Json.Text(command.Fields["name"])));
    }

    [Fact]
    public async Task A_record_missing_from_the_read_without_a_delete_notification_keeps_its_counterpart()
    {
        var harness = new SyncHarness(TestPlans.Build(deletePolicy: DeletePolicy.Delete));
        var account = harness.Sf.Create("Account", ("Name", "Acme"));
        await harness.SettleAsync(Token);
        harness.Sf.Remove("Account", account);
        var update = harness.Sf.TakeFeed().Single() with { Kind = Changes.ChangeKind.Update };

        var result = await harness.ProcessAsync(new([update]), Token);

        Assert.Equal(0, result.WritesOut);
        Assert.Single(harness.Hs.Ids("companies"));
    }

    [Fact]
    public async Task An_update_and_a_delete_of_one_record_in_one_batch_propagate_the_delete()
    {
        var harness = new SyncHarness(TestPlans.Build(deletePolicy: DeletePolicy.Delete));
        var account = harness.Sf.Create("Account", ("Name", "Acme"));
        await harness.SettleAsync(Token);
        harness.Sf.Edit("Account", account, "Name", "Acme 2");
        harness.Sf.Remove("Account", account);

        await harness.SettleAsync(Token);

        Assert.Empty(harness.Hs.Ids("companies"));
    }
}
