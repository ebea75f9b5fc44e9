using System.Text.Json.Nodes;
using Integration.TestKit.Azurite;

namespace Integration.Functions.Tests.EndToEnd;

/// <summary>Salesforce to HubSpot live sync through the whole pipeline: create, update of a mapped field, delete.</summary>
public sealed class LiveSyncTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Salesforce_account_created_updated_and_deleted_is_created_updated_and_archived_in_HubSpot()
    {
        await using var rig = await PipelineRig.StartAsync(azurite, deletePolicy: "archive");
        await rig.Bed.CreateAsync(TestContext.Current.CancellationToken);
        await using var host = await rig.StartHostAsync();
        var accountId = await rig.Vendors.CreateSalesforceAccountAsync("Acme Live", "+1 555 0101");

        await PipelineRig.DrainSalesforceAsync(host);
        await AwaitCompanyAsync(rig, accountId, "Acme Live", "+1 555 0101");

        await rig.Vendors.UpdateSalesforceAccountAsync(accountId, new JsonObject { ["Phone"] = "+1 555 0199" });
        await PipelineRig.DrainSalesforceAsync(host);
        await AwaitCompanyAsync(rig, accountId, "Acme Live", "+1 555 0199");

        await rig.Vendors.DeleteSalesforceAccountAsync(accountId);
        await PipelineRig.DrainSalesforceAsync(host);
        await PipelineRig.AwaitAsync(
            async () => await rig.Vendors.FindHubSpotRecordAsync("companies", SmokePlan.ExternalIdProperty, accountId, "name") is null,
            $"the HubSpot company of Account {accountId} to be archived");
        var companies = (await rig.Vendors.HubSpotCountsAsync())["companies"]!;
        Assert.Equal(0, (int)companies["live"]!);
        Assert.Equal(1, (int)companies["archived"]!);
    }

    internal static Task AwaitCompanyAsync(PipelineRig rig, string accountId, string name, string phone) => PipelineRig.AwaitAsync(
        async () => await rig.Vendors.FindHubSpotRecordAsync("companies", SmokePlan.ExternalIdProperty, accountId, "name", "phone") is { } company
            && (string?)company["properties"]!["name"] == name
            && (string?)company["properties"]!["phone"] == phone,
        $"a HubSpot company with {SmokePlan.ExternalIdProperty} = {accountId}, name '{name}' and phone '{phone}'");
}
