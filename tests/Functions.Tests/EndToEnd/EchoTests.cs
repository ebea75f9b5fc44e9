using Integration.TestKit.Azurite;

namespace Integration.Functions.Tests.EndToEnd;

/// <summary>Our own HubSpot write, reported back by the sweep, is an echo: it produces no write on either side.</summary>
public sealed class EchoTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task HubSpot_sweep_reporting_our_own_write_enqueues_no_write_to_either_side()
    {
        await using var rig = await PipelineRig.StartAsync(azurite);
        await rig.Bed.CreateAsync(TestContext.Current.CancellationToken);
        var accountId = await rig.Vendors.CreateSalesforceAccountAsync("Acme Echo", "+1 555 0102");
        await using (var first = await rig.StartHostAsync())
        {
            await PipelineRig.DrainSalesforceAsync(first);
            await LiveSyncTests.AwaitCompanyAsync(rig, accountId, "Acme Echo", "+1 555 0102");
            await rig.AwaitQueuesEmptyAsync("the first sync");
        }

        var accountBefore = await rig.Vendors.GetSalesforceAccountAsync(accountId);
        var companyBefore = await rig.Vendors.FindHubSpotRecordAsync("companies", SmokePlan.ExternalIdProperty, accountId, "name", "phone");
        await using (var intake = await rig.StartHostAsync(processor: false, writers: false))
        {
            await PipelineRig.SweepHubSpotAsync(intake);
            await PipelineRig.DrainSalesforceAsync(intake);
        }

        Assert.True(await rig.MessageCountAsync(rig.Bed.QueueNames.Changes) > 0, "The HubSpot sweep reported no change of the company we wrote.");
        await using var processing = await rig.StartHostAsync(writers: false);
        await rig.AwaitQueuesEmptyAsync("processing the swept echo", rig.Bed.QueueNames.Changes);

        Assert.Equal(0, await rig.MessageCountAsync(rig.Bed.QueueNames.WritesSalesforce));
        Assert.Equal(0, await rig.MessageCountAsync(rig.Bed.QueueNames.WritesHubSpot));
        Assert.Equal(accountBefore.ToJsonString(), (await rig.Vendors.GetSalesforceAccountAsync(accountId)).ToJsonString());
        var companyAfter = await rig.Vendors.FindHubSpotRecordAsync("companies", SmokePlan.ExternalIdProperty, accountId, "name", "phone");
        Assert.Equal((string?)companyBefore!["updatedAt"], (string?)companyAfter!["updatedAt"]);
    }
}
