using Integration.Connectors.HubSpot.Webhooks;
using Integration.Core.Changes;

namespace Integration.Connectors.Tests.HubSpot.Webhooks;

public sealed class HubSpotWebhookEventMapperTests
{
    [Theory]
    [InlineData("contact.creation", null, "contacts", ChangeKind.Create)]
    [InlineData("company.propertyChange", null, "companies", ChangeKind.Update)]
    [InlineData("deal.deletion", null, "deals", ChangeKind.Delete)]
    [InlineData("contact.privacyDeletion", null, "contacts", ChangeKind.Delete)]
    [InlineData("deal.restore", null, "deals", ChangeKind.Undelete)]
    [InlineData("ticket.creation", null, "tickets", ChangeKind.Create)]
    [InlineData("line_item.deletion", null, "line_items", ChangeKind.Delete)]
    [InlineData("object.creation", "0-1", "contacts", ChangeKind.Create)]
    [InlineData("object.propertyChange", "2-123", "2-123", ChangeKind.Update)]
    public void Map_subscription_type_gives_object_and_kind(string subscriptionType, string? objectTypeId, string objectName, ChangeKind kind)
    {
        var change = HubSpotWebhookEventMapper.Map("main", Event(subscriptionType, objectTypeId));

        Assert.Equal((objectName, kind), (change!.ObjectName, change.Kind));
    }

    [Theory]
    [InlineData("conversation.creation", null)]
    [InlineData("contact.somethingNew", null)]
    [InlineData("object.creation", null)]
    [InlineData("nodot", null)]
    public void Map_unmapped_subscription_type_is_null(string subscriptionType, string? objectTypeId)
    {
        Assert.Null(HubSpotWebhookEventMapper.Map("main", Event(subscriptionType, objectTypeId)));
    }

    [Fact]
    public void Map_event_type_key_is_read_when_subscription_type_is_absent()
    {
        var change = HubSpotWebhookEventMapper.Map("main", Event(null, null) with { EventType = "company.deletion" });

        Assert.Equal(("companies", ChangeKind.Delete), (change!.ObjectName, change.Kind));
    }

    private static HubSpotWebhookEvent Event(string? subscriptionType, string? objectTypeId) => new(
        EventId: 1, SubscriptionId: 2, PortalId: 62515, AppId: 54321, OccurredAt: 1_764_400_000_000,
        SubscriptionType: subscriptionType, EventType: null, AttemptNumber: 0, ObjectId: 42, ObjectTypeId: objectTypeId,
        PropertyName: null, PropertyValue: null, ChangeSource: null, SourceId: null, ChangeFlag: null,
        PrimaryObjectId: null, MergedObjectIds: null, NewObjectId: null, AssociationType: null,
        FromObjectId: null, ToObjectId: null, AssociationRemoved: null);
}
