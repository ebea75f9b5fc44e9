using Integration.Core.Records;
using Integration.Core.Processing;
using Integration.Core.Tests.Fakes;

namespace Integration.Core.Tests.Processing;

public sealed class ChangeProcessorParkingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Child_whose_parent_has_no_counterpart_is_parked_and_written_once_the_parent_is_synced()
    {
        var harness = new SyncHarness();
        var account = harness.Sf.Create("Account", ("Name", "Acme"));
        var contact = harness.Sf.Create("Contact", ("LastName", "Doe"), ("AccountId", account));
        var feed = harness.Sf.TakeFeed();

        var first = await harness.ProcessAsync(new([feed[1]]), Token);
        var parked = Assert.Single(first.Parked);
        Assert.Equal((contact, 1, TestPlans.Contacts), (parked.RecordId, parked.Attempts, parked.Mapping));
        Assert.Contains($"Account '{account}'", parked.Reason, StringComparison.Ordinal);
        Assert.Equal(0, first.WritesOut);

        await harness.ProcessAsync(new([feed[0]]), Token);
        await harness.WriteQueuedAsync(Token);
        harness.Time.Advance(harness.Options.ParkRetryDelay);
        var retried = await harness.ProcessAsync(new([], Parked: [parked]), Token);
        await harness.WriteQueuedAsync(Token);

        Assert.Empty(retried.Parked);
        var companyId = Assert.Single(harness.Hs.Ids("companies"));
        var hsContact = Assert.Single(harness.Hs.Ids("contacts"));
        Assert.Equal(companyId, harness.Hs.Value("contacts", hsContact, "associatedcompanyid"));
        Assert.Empty(harness.Logs.Errors);
    }

    [Fact]
    public async Task Parked_child_still_unresolved_after_the_maximum_wait_is_surfaced_as_an_error_and_not_parked_again()
    {
        var harness = new SyncHarness();
        var contact = harness.Sf.Create("Contact", ("LastName", "Doe"), ("AccountId", "001999"));
        var first = await harness.StepAsync(Token);
        var parked = Assert.Single(first.Parked);

        harness.Time.Advance(harness.Options.ParkMaxWait / 2);
        var second = await harness.ProcessAsync(new([], Parked: [parked]), Token);
        var again = Assert.Single(second.Parked);
        harness.Time.Advance(harness.Options.ParkMaxWait / 2);
        var last = await harness.ProcessAsync(new([], Parked: [again]), Token);

        Assert.Equal((2, parked.FirstParkedAt), (again.Attempts, again.FirstParkedAt));
        Assert.Empty(last.Parked);
        var error = Assert.Single(harness.Logs.Errors);
        Assert.Equal((SyncErrorCodes.ParkTimeout, contact, "sf", "Contact"), (error.Code, error.RecordId, error.System, error.ObjectName));
        Assert.Contains("Account '001999'", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Hs.Ids("contacts"));
    }

    [Fact]
    public async Task Our_own_new_company_notified_before_its_row_is_stored_is_parked_not_created_again_on_Salesforce()
    {
        var harness = new SyncHarness();
        var account = harness.Sf.Create("Account", ("Name", "Acme"));
        await harness.ProcessAsync(new([.. harness.Sf.TakeFeed()]), Token);
        var commands = harness.Queue.DrainAll().SelectMany(q => q.Commands).ToList();
        await harness.Hs.UpsertAsync("companies", "sf_id", [new(account, commands.Single().Fields)], WriteLane.Live, Token); // written, not linked yet

        var result = await harness.ProcessAsync(new([.. harness.Hs.TakeFeed()]), Token);

        var parked = Assert.Single(result.Parked);
        Assert.Equal(("hs", "companies", TestPlans.Accounts), (parked.System, parked.ObjectName, parked.Mapping));
        Assert.Contains($"sf_id = '{account}'", parked.Reason, StringComparison.Ordinal);
        Assert.Equal([account], harness.Sf.Ids("Account"));
        Assert.True(harness.Queue.IsEmpty);
    }
}
