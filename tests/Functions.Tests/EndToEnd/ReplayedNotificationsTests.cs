using System.Text.Json.Nodes;
using Integration.TestKit.Azurite;

namespace Integration.Functions.Tests.EndToEnd;

/// <summary>Change notifications delivered twice and out of order reach the same final state, without duplicate records.</summary>
public sealed class ReplayedNotificationsTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Change_events_duplicated_and_reversed_on_the_changes_queue_give_the_final_state_once()
    {
        await using var rig = await PipelineRig.StartAsync(azurite);
        await rig.Bed.CreateAsync(Ct);
        var updated = await rig.Vendors.CreateSalesforceAccountAsync("Acme Replay", "+1 555 0103");
        await rig.Vendors.UpdateSalesforceAccountAsync(updated, new JsonObject { ["Phone"] = "+1 555 0113" });
        await rig.Vendors.UpdateSalesforceAccountAsync(updated, new JsonObject { ["Name"] = "Acme Replayed", ["Phone"] = "+1 555 0123" });
        var untouched = await rig.Vendors.CreateSalesforceAccountAsync("Beta Replay", "+1 555 0104");
        var deleted = await rig.Vendors.CreateSalesforceAccountAsync("Gamma Replay", "+1 555 0105");
        await rig.Vendors.DeleteSalesforceAccountAsync(deleted);
        await using (var intake = await rig.StartHostAsync(processor: false, writers: false))
        {
            await PipelineRig.DrainSalesforceAsync(intake);
        }

        var events = await TakeEventsAsync(rig);
        Assert.True(events.Count >= 6, $"Expected at least 6 change events (3 creates, 2 updates, 1 delete), drained {events.Count}.");
        await EnqueueAsync(rig, [.. events.AsEnumerable().Reverse()]);
        foreach (var single in events.Concat(events))
        {
            await EnqueueAsync(rig, [single]);
        }

        await using var processing = await rig.StartHostAsync();
        await rig.AwaitQueuesEmptyAsync("processing the replayed events");

        await LiveSyncTests.AwaitCompanyAsync(rig, updated, "Acme Replayed", "+1 555 0123");
        await LiveSyncTests.AwaitCompanyAsync(rig, untouched, "Beta Replay", "+1 555 0104");
        Assert.Null(await rig.Vendors.FindHubSpotRecordAsync("companies", SmokePlan.ExternalIdProperty, deleted, "name"));
        Assert.Equal(2, (int)(await rig.Vendors.HubSpotCountsAsync())["companies"]!["live"]!);
    }

    private static async Task<List<JsonNode>> TakeEventsAsync(PipelineRig rig)
    {
        var bodies = await rig.Bed.ReceiveAllAsync(rig.Bed.QueueNames.Changes, Ct);
        await rig.Bed.Queues.GetQueueClient(rig.Bed.QueueNames.Changes).ClearMessagesAsync(Ct);
        return [.. bodies.SelectMany(b => JsonNode.Parse(b)!["events"]!.AsArray()).Select(e => e!.DeepClone())];
    }

    private static async Task EnqueueAsync(PipelineRig rig, JsonNode[] events) =>
        await rig.Bed.Queues.GetQueueClient(rig.Bed.QueueNames.Changes).SendMessageAsync(
            new JsonObject { ["events"] = new JsonArray([.. events.Select(e => e.DeepClone())]) }.ToJsonString(),
            Ct);
}
