using Integration.Core;
using Integration.Core.CrossReference;
using Integration.Functions.Admin;
using Integration.Functions.Admin.Errors;
using Integration.Functions.Storage;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Functions.Tests.EndToEnd;

/// <summary>
/// The webhook of our own HubSpot create arrives and is processed before the writer has stored the pair's
/// cross-reference row (a slow or retried table write), on a plan whose Account side has an external-id field.
/// </summary>
public sealed class CrossReferenceLagTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Lag = TimeSpan.FromSeconds(3);

    [Fact]
    public Task Webhook_of_our_own_create_overtaking_its_cross_reference_row_creates_no_second_Account() => CreateOneAccountAsync(ownHubSpotAppId: null);

    [Fact]
    public Task Webhook_of_our_own_create_overtaking_its_cross_reference_row_is_dropped_at_intake_when_our_HubSpot_app_id_is_configured() =>
        CreateOneAccountAsync(ownHubSpotAppId: "1001");

    private async Task CreateOneAccountAsync(string? ownHubSpotAppId)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var rig = await PipelineRig.StartAsync(azurite, accountExternalIdField: "External_Id__c");
        await rig.Bed.CreateAsync(ct);
        await using var host = await rig.StartHostAsync(webhooks: true, configure: services =>
        {
            if (ownHubSpotAppId is not null)
            {
                services.Configure<SyncEngineOptions>(o => o.OwnClientIds["hs"] = ownHubSpotAppId);
            }

            services.AddSingleton<TableCrossReferenceStore>();
            services.AddSingleton<ICrossReferenceStore>(sp => new LaggingCrossReferenceStore(sp.GetRequiredService<TableCrossReferenceStore>(), Lag));
        });
        await rig.Vendors.SubscribeHubSpotWebhooksAsync(
            PipelineRig.WebhookUrl(host), ("company.creation", null), ("company.propertyChange", "name"), ("company.propertyChange", "phone"));
        var accountId = await rig.Vendors.CreateSalesforceAccountAsync("Acme Lag", "+1 555 0401");

        await PipelineRig.DrainSalesforceAsync(host);
        await LiveSyncTests.AwaitCompanyAsync(rig, accountId, "Acme Lag", "+1 555 0401");
        await SignedWebhookTests.AwaitSettledAsync(rig, "the company's creation, its webhooks and its lagging cross-reference row");

        var accounts = (await rig.Vendors.SalesforceCountsAsync())["Account"]!;
        var errors = await host.Services.GetRequiredService<ISyncErrorQuery>().ListAsync(null, new PageRequest(50, null), ct);
        Assert.True((long)(await rig.Vendors.HubSpotWebhookStatsAsync())["eventsDelivered"]! >= 3, "The webhooks of our create were not delivered.");
        Assert.Equal(1, (int)accounts["live"]!);
        Assert.Empty(errors.Items.Select(e => $"{e.Code} {e.System} {e.RecordId}: {e.Message}"));
    }
}
