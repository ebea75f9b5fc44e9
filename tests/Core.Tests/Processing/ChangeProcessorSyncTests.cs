using Integration.Core.CrossReference;
using Integration.Core.Fingerprints;
using Integration.Core.Tests.Fakes;

namespace Integration.Core.Tests.Processing;

public sealed class ChangeProcessorSyncTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_on_Salesforce_creates_the_HubSpot_company_and_links_both_with_fingerprints()
    {
        var harness = new SyncHarness();
        var account = harness.Sf.Create("Account", ("Name", "Acme"), ("Industry", "Tech"), ("Phone", "555"));

        await harness.StepAsync(Token);

        var companyId = Assert.Single(harness.Hs.Ids("companies"));
        Assert.Equal(["Acme", "TECHNOLOGY", "555", account], new[] { "name", "industry", "phone", "sf_id" }.Select(f => harness.Hs.Value("companies", companyId, f)));
        var row = harness.CrossReference.Find(TestPlans.Accounts, SyncSide.A, account);
        Assert.NotNull(row);
        Assert.Equal(companyId, row.BId);
        Assert.Equal(harness.Sf.VersionOf("Account", account), row.AVersion);
        Assert.Equal(FieldFingerprint.Of(Json.Of("Acme")), row.Fields["name"].A);
        Assert.Equal(FieldFingerprint.Of(Json.Of("TECHNOLOGY")), row.Fields["industry"].B);
    }

    [Fact]
    public async Task Update_on_Salesforce_flows_to_the_linked_company()
    {
        var harness = new SyncHarness();
        var account = harness.Sf.Create("Account", ("Name", "Acme"), ("Phone", "555"));
        await harness.SettleAsync(Token);

        harness.Sf.Edit("Account", account, "Phone", "556");
        await harness.SettleAsync(Token);

        var companyId = Assert.Single(harness.Hs.Ids("companies"));
        Assert.Equal("556", harness.Hs.Value("companies", companyId, "phone"));
        Assert.Equal("Acme", harness.Hs.Value("companies", companyId, "name"));
    }

    [Fact]
    public async Task Update_on_HubSpot_flows_back_to_Salesforce_through_the_inverted_value_map()
    {
        var harness = new SyncHarness();
        var account = harness.Sf.Create("Account", ("Name", "Acme"), ("Industry", "Tech"));
        await harness.SettleAsync(Token);
        var companyId = harness.Hs.Ids("companies")[0];

        harness.Hs.Edit("companies", companyId, "industry", "RETAIL");
        await harness.SettleAsync(Token);

        Assert.Equal("Retail", harness.Sf.Value("Account", account, "Industry"));
        Assert.Equal(companyId, harness.Sf.Value("Account", account, "Hs_Id__c"));
    }

    [Fact]
    public async Task Echo_of_our_own_write_is_dropped_and_the_write_count_stops_growing()
    {
        var harness = new SyncHarness();
        harness.Sf.Create("Account", ("Name", "Acme"));

        await harness.StepAsync(Token);
        var writesAfterCreate = harness.Hs.RecordsWritten + harness.Sf.RecordsWritten;
        var echo = await harness.StepAsync(Token);
        var quiet = await harness.StepAsync(Token);

        Assert.Equal(1, writesAfterCreate);
        Assert.Equal(1, echo.EventsIn);
        Assert.Equal(1, echo.EchoesDropped);
        Assert.Equal(0, echo.WritesOut);
        Assert.Equal(0, quiet.EventsIn);
        Assert.Equal(1, harness.Hs.RecordsWritten + harness.Sf.RecordsWritten);
    }

    [Fact]
    public async Task Echo_with_our_client_id_as_origin_is_dropped_without_reading_the_record()
    {
        var harness = new SyncHarness(options: new SyncEngineOptions { OwnClientIds = { ["hs"] = "engine-hs" } });
        harness.Sf.Create("Account", ("Name", "Acme"));
        await harness.StepAsync(Token);
        var readsBefore = harness.Hs.ReadCalls;

        var echo = await harness.StepAsync(Token);

        Assert.Equal(1, echo.EchoesDropped);
        Assert.Equal(0, echo.RecordsRead);
        Assert.Equal(readsBefore, harness.Hs.ReadCalls);
    }

    [Theory]
    [InlineData("sf", "Acme Salesforce", "Acme HubSpot")]
    [InlineData("hs", "Acme HubSpot", "Acme Salesforce")]
    public async Task Concurrent_edits_of_one_field_are_decided_by_the_source_of_truth_and_the_loser_is_logged(
        string sourceOfTruth, string winner, string loser)
    {
        var harness = new SyncHarness(TestPlans.Build(sourceOfTruth: sourceOfTruth));
        var account = harness.Sf.Create("Account", ("Name", "Acme"));
        await harness.SettleAsync(Token);
        var companyId = harness.Hs.Ids("companies")[0];

        harness.Sf.Edit("Account", account, "Name", "Acme Salesforce");
        harness.Hs.Edit("companies", companyId, "name", "Acme HubSpot");
        await harness.SettleAsync(Token);

        Assert.Equal(winner, harness.Sf.Value("Account", account, "Name"));
        Assert.Equal(winner, harness.Hs.Value("companies", companyId, "name"));
        var conflict = Assert.Single(harness.Logs.Conflicts);
        Assert.Equal(("name", sourceOfTruth == "sf" ? SyncSide.A : SyncSide.B), (conflict.Field, conflict.Winner));
        Assert.Equal(loser, Json.Text(sourceOfTruth == "sf" ? conflict.BValue : conflict.AValue));
        Assert.Equal((account, companyId), (conflict.AId, conflict.BId));
    }

    [Fact]
    public async Task Conflict_decided_again_from_the_other_side_before_the_write_lands_has_the_same_key()
    {
        var harness = new SyncHarness();
        var account = harness.Sf.Create("Account", ("Name", "Acme"));
        await harness.SettleAsync(Token);
        var companyId = harness.Hs.Ids("companies")[0];
        harness.Sf.Edit("Account", account, "Name", "Acme Salesforce");
        harness.Hs.Edit("companies", companyId, "name", "Acme HubSpot");

        await harness.ProcessAsync(new([.. harness.Sf.TakeFeed()]), Token);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.ProcessAsync(new([.. harness.Hs.TakeFeed()]), Token);

        Assert.Equal(2, harness.Logs.Conflicts.Count);
        Assert.Equal(harness.Logs.Conflicts[0].Key, harness.Logs.Conflicts[1].Key);
        Assert.NotEqual(harness.Logs.Conflicts[0].DecidedAt, harness.Logs.Conflicts[1].DecidedAt);
        Assert.Equal(harness.Sf.VersionOf("Account", account), harness.Logs.Conflicts[0].AVersion);
    }

    [Fact]
    public async Task Cutover_flips_the_winner_of_later_conflicts_and_commands_carry_the_new_epoch()
    {
        var harness = new SyncHarness();
        var account = harness.Sf.Create("Account", ("Name", "Acme"));
        await harness.SettleAsync(Token);
        var companyId = harness.Hs.Ids("companies")[0];
        harness.SourceOfTruth.Flip("hs");

        harness.Sf.Edit("Account", account, "Name", "Acme Salesforce");
        harness.Hs.Edit("companies", companyId, "name", "Acme HubSpot");
        await harness.ProcessAsync(new([.. harness.Sf.TakeFeed(), .. harness.Hs.TakeFeed()]), Token);

        var command = Assert.Single(harness.Queue.Peek("sf"));
        Assert.Equal(1, command.Epoch);
        Assert.Equal("Acme HubSpot", Json.Text(command.Fields["Name"]));
    }

    [Fact]
    public async Task Duplicated_and_reordered_notifications_produce_the_same_final_state_and_no_extra_writes()
    {
        var harness = new SyncHarness();
        var account = harness.Sf.Create("Account", ("Name", "Acme"));
        harness.Sf.Edit("Account", account, "Name", "Acme 2");
        harness.Sf.Edit("Account", account, "Phone", "557");
        var feed = harness.Sf.TakeFeed();

        await harness.ProcessAsync(new([feed[2], feed[0], feed[2], feed[1], feed[0]]), Token);
        await harness.ProcessAsync(new([feed[1], feed[0]]), Token);
        await harness.WriteQueuedAsync(Token);
        await harness.SettleAsync(Token);

        var companyId = Assert.Single(harness.Hs.Ids("companies"));
        Assert.Equal(("Acme 2", "557"), (harness.Hs.Value("companies", companyId, "name"), harness.Hs.Value("companies", companyId, "phone")));
        Assert.Equal(1, harness.Hs.RecordsWritten);
        Assert.Equal(0, harness.Sf.RecordsWritten);
    }

    [Fact]
    public async Task A_record_created_on_HubSpot_is_created_on_Salesforce_keyed_by_the_HubSpot_id()
    {
        var harness = new SyncHarness();
        var companyId = harness.Hs.Create("companies", ("name", "Globex"), ("industry", "TECHNOLOGY"));

        await harness.SettleAsync(Token);

        var account = Assert.Single(harness.Sf.Ids("Account"));
        Assert.Equal(("Globex", "Tech", companyId), (harness.Sf.Value("Account", account, "Name"), harness.Sf.Value("Account", account, "Industry"), harness.Sf.Value("Account", account, "Hs_Id__c")));
        Assert.Equal(account, harness.CrossReference.Find(TestPlans.Accounts, SyncSide.B, companyId)?.AId);
        Assert.Equal(1, harness.Sf.RecordsWritten);
    }

    [Fact]
    public async Task Salesforce_edit_of_a_pair_born_on_HubSpot_updates_the_company_by_its_id_and_stamps_the_external_id()
    {
        var harness = new SyncHarness();
        var companyId = harness.Hs.Create("companies", ("name", "Globex"));
        await harness.SettleAsync(Token);
        var account = harness.Sf.Ids("Account")[0];

        harness.Sf.Edit("Account", account, "Phone", "777");
        await harness.SettleAsync(Token);

        Assert.Equal([companyId], harness.Hs.Ids("companies"));
        Assert.Equal(("777", account), (harness.Hs.Value("companies", companyId, "phone"), harness.Hs.Value("companies", companyId, "sf_id")));
    }

    [Fact]
    public async Task Reassigning_a_HubSpot_contact_to_another_company_flows_back_as_the_Salesforce_account_id()
    {
        var harness = new SyncHarness();
        var acme = harness.Sf.Create("Account", ("Name", "Acme"));
        var globex = harness.Sf.Create("Account", ("Name", "Globex"));
        var contact = harness.Sf.Create("Contact", ("LastName", "Doe"), ("AccountId", acme));
        await harness.SettleAsync(Token);
        var globexCompany = harness.CrossReference.Find(TestPlans.Accounts, SyncSide.A, globex)!.BId!;
        var hsContact = Assert.Single(harness.Hs.Ids("contacts"));

        harness.Hs.Edit("contacts", hsContact, "associatedcompanyid", globexCompany);
        await harness.SettleAsync(Token);

        Assert.Equal(globex, harness.Sf.Value("Contact", contact, "AccountId"));
    }
}
