using System.Globalization;
using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.HubSpot.Webhooks;

public sealed class WebhookEventShapeTests(SandboxFixture sandbox)
{
    [Fact]
    public async Task Merge_event_names_the_primary_and_the_merged_record()
    {
        await using var receiver = new WebhookReceiver();
        var portal = await SubscribeAsync(receiver, "contact.merge");
        var primary = await portal.CreateObjectAsync("contacts", new JsonObject { ["email"] = "keep@example.com" });
        var merged = await portal.CreateObjectAsync("contacts", new JsonObject { ["email"] = "gone@example.com", ["jobtitle"] = "Moved" });

        var (status, body) = await portal.CallAsync(HttpMethod.Post, "crm/v3/objects/contacts/merge", new JsonObject { ["primaryObjectId"] = primary, ["objectIdToMerge"] = merged });
        var change = (await receiver.NextAsync("the merge event")).Events.Single();

        Assert.Equal((200, primary), (status, (string?)body!["id"]));
        Assert.Equal(("contact.merge", Id(primary), Id(merged), 1),
            ((string?)change["subscriptionType"], (long)change["primaryObjectId"]!, (long)change["mergedObjectIds"]![0]!, (int)change["numberOfPropertiesMoved"]!));
    }

    [Fact]
    public async Task Association_change_fires_one_event_per_side()
    {
        await using var receiver = new WebhookReceiver();
        var portal = await SubscribeAsync(receiver, "contact.associationChange", "company.associationChange");
        var contact = await portal.CreateObjectAsync("contacts", new JsonObject());
        var company = await portal.CreateObjectAsync("companies", new JsonObject());

        await portal.CallAsync(HttpMethod.Post, "crm/v4/associations/contacts/companies/batch/associate/default", new JsonObject
        {
            ["inputs"] = new JsonArray(new JsonObject { ["from"] = new JsonObject { ["id"] = contact }, ["to"] = new JsonObject { ["id"] = company } }),
        });
        var events = (await receiver.CollectAsync(2, "both sides of the association")).SelectMany(d => d.Events)
            .ToDictionary(e => (string)e["associationType"]!);

        Assert.Equal((Id(contact), Id(company), false), ((long)events["CONTACT_TO_COMPANY"]["fromObjectId"]!, (long)events["CONTACT_TO_COMPANY"]["toObjectId"]!, (bool)events["CONTACT_TO_COMPANY"]["associationRemoved"]!));
        Assert.Equal((Id(company), Id(contact)), ((long)events["COMPANY_TO_CONTACT"]["fromObjectId"]!, (long)events["COMPANY_TO_CONTACT"]["toObjectId"]!));
    }

    [Fact]
    public async Task Deletion_event_carries_the_DELETED_change_flag()
    {
        await using var receiver = new WebhookReceiver();
        var portal = await SubscribeAsync(receiver, "deal.deletion");
        var deal = await portal.CreateObjectAsync("deals", new JsonObject { ["dealname"] = "Doomed" });

        await portal.CallAsync(HttpMethod.Delete, $"crm/v3/objects/deals/{deal}");
        var change = (await receiver.NextAsync("the deletion event")).Events.Single();

        Assert.Equal(("deal.deletion", Id(deal), "DELETED"), ((string?)change["subscriptionType"], (long)change["objectId"]!, (string?)change["changeFlag"]));
    }

    private static long Id(string id) => long.Parse(id, CultureInfo.InvariantCulture);

    private async Task<HubSpotTestPortal> SubscribeAsync(WebhookReceiver receiver, params string[] eventTypes)
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);
        await portal.ControlAsync(HttpMethod.Put, "/webhooks", new
        {
            targetUrl = receiver.Url,
            subscriptions = eventTypes.Select(t => new { eventType = t }),
            maxConcurrentRequests = 1,
            retryDelayMs = 0,
        });
        return portal;
    }
}
