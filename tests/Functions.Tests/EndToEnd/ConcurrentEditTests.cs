using System.Text.Json.Nodes;
using Integration.Core.CrossReference;
using Integration.Functions.Admin;
using Integration.Functions.Admin.Conflicts;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Functions.Tests.EndToEnd;

/// <summary>Two-way sync of a record edited on both sides before either edit is synced.</summary>
public sealed class ConcurrentEditTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Field_edited_on_both_sides_before_sync_ends_with_the_source_of_truth_value_on_both_and_a_logged_conflict()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var rig = await PipelineRig.StartAsync(azurite);
        await rig.Bed.CreateAsync(ct);
        var accountId = await rig.Vendors.CreateSalesforceAccountAsync("Acme Both", "+1 555 0200");
        await using (var first = await rig.StartHostAsync())
        {
            await PipelineRig.DrainSalesforceAsync(first);
            await LiveSyncTests.AwaitCompanyAsync(rig, accountId, "Acme Both", "+1 555 0200");
            await rig.AwaitQueuesEmptyAsync("the first sync");
        }

        var companyId = (string)(await rig.Vendors.FindHubSpotRecordAsync("companies", SmokePlan.ExternalIdProperty, accountId))!["id"]!;
        await rig.Vendors.UpdateSalesforceAccountAsync(accountId, new JsonObject { ["Phone"] = "+1 555 0211" });
        await rig.Vendors.UpdateHubSpotRecordAsync("companies", companyId, new JsonObject { ["phone"] = "+1 555 0222", ["name"] = "Acme Both (HubSpot)" });
        await using (var intake = await rig.StartHostAsync(processor: false, writers: false))
        {
            await PipelineRig.DrainSalesforceAsync(intake);
            await PipelineRig.SweepHubSpotAsync(intake);
        }

        await using var host = await rig.StartHostAsync();
        await rig.AwaitQueuesEmptyAsync("processing both edits");

        // Our own writes come back through both feeds: they must settle, not ping-pong.
        await PipelineRig.DrainSalesforceAsync(host);
        await PipelineRig.SweepHubSpotAsync(host);
        await rig.AwaitQueuesEmptyAsync("processing the echoes of our writes");

        var account = await rig.Vendors.GetSalesforceAccountAsync(accountId);
        var company = (await rig.Vendors.FindHubSpotRecordAsync("companies", SmokePlan.ExternalIdProperty, accountId, "name", "phone"))!["properties"]!;
        Assert.Equal(("+1 555 0211", "Acme Both (HubSpot)"), ((string?)account["Phone"], (string?)account["Name"]));
        Assert.Equal(("+1 555 0211", "Acme Both (HubSpot)"), ((string?)company["phone"], (string?)company["name"]));
        var conflicts = (await host.Services.GetRequiredService<IConflictQuery>().ListAsync("accounts", new PageRequest(50, null), ct)).Items;
        var conflict = Assert.Single(conflicts);
        Assert.Equal(("phone", SyncSide.A, accountId, companyId), (conflict.Field, conflict.Winner, conflict.AId, conflict.BId));
        Assert.Equal(("+1 555 0211", "+1 555 0222"), (conflict.AValue.GetString(), conflict.BValue.GetString()));
    }
}
