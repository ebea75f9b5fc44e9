using System.Text.Json.Nodes;
using Integration.Functions.Tests.LocalHost.Hosting;
using Integration.TestKit.Azurite;

namespace Integration.Functions.Tests.EndToEnd;

/// <summary>A paused mapping holds its changes on the changes queue and lets them flow once resumed.</summary>
public sealed class PausedMappingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Salesforce_edit_made_while_the_mapping_is_paused_leaves_HubSpot_unchanged_and_flows_after_the_resume()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var rig = await PipelineRig.StartAsync(azurite);
        await rig.Bed.CreateAsync(ct);
        var logs = new CapturedLogs();
        await using var host = await rig.StartHostAsync(logs: logs);
        var accountId = await rig.Vendors.CreateSalesforceAccountAsync("Acme Paused", "+1 555 0103");
        await PipelineRig.DrainSalesforceAsync(host);
        await LiveSyncTests.AwaitCompanyAsync(rig, accountId, "Acme Paused", "+1 555 0103");
        await rig.AwaitQueuesEmptyAsync("the first sync");

        await rig.Switches().PauseAsync("accounts", ct);
        await rig.Vendors.UpdateSalesforceAccountAsync(accountId, new JsonObject { ["Phone"] = "+1 555 0199" });
        await PipelineRig.DrainSalesforceAsync(host);

        // Held twice: held, back on the changes queue after the delay, and held again (not dropped, not written).
        await logs.WaitForAsync(e => e.Message.Contains("of paused mapping accounts", StringComparison.Ordinal), 2, PipelineRig.Patience,
            "the processor to hold the edited Account twice while its mapping is paused");
        var whilePaused = await rig.Vendors.FindHubSpotRecordAsync("companies", SmokePlan.ExternalIdProperty, accountId, "phone");
        Assert.Equal("+1 555 0103", (string?)whilePaused!["properties"]!["phone"]);
        Assert.Equal(0, await rig.MessageCountAsync(rig.Bed.QueueNames.WritesHubSpot));

        await rig.Switches().ResumeAsync("accounts", ct);
        await LiveSyncTests.AwaitCompanyAsync(rig, accountId, "Acme Paused", "+1 555 0199");
        await rig.AwaitQueuesEmptyAsync("the held edit flowed");
        Assert.Empty(await rig.Switches().ListPausedAsync(ct));
    }
}
