using System.Text.Json.Nodes;
using Integration.Functions.Storage;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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

    [Fact]
    public async Task A_company_archived_in_HubSpot_without_a_webhook_is_re_created_by_the_next_Salesforce_edit()
    {
        // always-from-source: a Salesforce edit is written by the company's id without reading HubSpot, so the archived
        // company refuses it; the repair that asks for reads HubSpot, finds no company and creates one.
        await using var rig = await PipelineRig.StartAsync(azurite, deletePolicy: "ignore", syncRule: "always-from-source");
        await rig.Bed.CreateAsync(TestContext.Current.CancellationToken);
        await using var host = await rig.StartHostAsync();
        var accountId = await rig.Vendors.CreateSalesforceAccountAsync("Acme Gone", "+1 555 0102");
        await PipelineRig.DrainSalesforceAsync(host);
        await AwaitCompanyAsync(rig, accountId, "Acme Gone", "+1 555 0102");
        var archived = (string)(await rig.Vendors.FindHubSpotRecordAsync("companies", SmokePlan.ExternalIdProperty, accountId, "name"))!["id"]!;
        await rig.Vendors.ArchiveHubSpotRecordAsync("companies", archived);

        await rig.Vendors.UpdateSalesforceAccountAsync(accountId, new JsonObject { ["Phone"] = "+1 555 0198" });
        await PipelineRig.DrainSalesforceAsync(host);

        await AwaitCompanyAsync(rig, accountId, "Acme Gone", "+1 555 0198");
        await rig.AwaitQueuesEmptyAsync("the re-creation");
        var recreated = (string)(await rig.Vendors.FindHubSpotRecordAsync("companies", SmokePlan.ExternalIdProperty, accountId, "name"))!["id"]!;
        Assert.NotEqual(archived, recreated);
        var companies = (await rig.Vendors.HubSpotCountsAsync())["companies"]!;
        Assert.Equal((1, 1), ((int)companies["live"]!, (int)companies["archived"]!));
        var letters = new TableDeadLetterStore(rig.Bed.Tables, Options.Create(rig.Bed.TableNames), host.Services.GetRequiredService<QueueWriteQueue>());
        Assert.Empty(await letters.ListAsync(null, 10, TestContext.Current.CancellationToken));
    }

    internal static Task AwaitCompanyAsync(PipelineRig rig, string accountId, string name, string phone) => PipelineRig.AwaitAsync(
        async () => await rig.Vendors.FindHubSpotRecordAsync("companies", SmokePlan.ExternalIdProperty, accountId, "name", "phone") is { } company
            && (string?)company["properties"]!["name"] == name
            && (string?)company["properties"]!["phone"] == phone,
        $"a HubSpot company with {SmokePlan.ExternalIdProperty} = {accountId}, name '{name}' and phone '{phone}'");
}
