using System.Text.Json.Nodes;
using Integration.Sandbox.HubSpot.Objects;

namespace Integration.Sandbox.HubSpot.Webhooks;

/// <summary>One change as a webhook event, in the field order of HubSpot's payloads (<c>subscriptionType</c>, not <c>eventType</c>).</summary>
internal static class WebhookEventJson
{
    public static JsonObject Build(ChangeNotice change, WebhookSubscription subscription, long eventId, long portalId, long appId)
    {
        var json = new JsonObject
        {
            ["eventId"] = eventId,
            ["subscriptionId"] = subscription.Id,
            ["portalId"] = portalId,
            ["appId"] = appId,
            ["occurredAt"] = change.OccurredAt.ToUnixTimeMilliseconds(),
            ["subscriptionType"] = change.SubscriptionType,
            ["attemptNumber"] = 0,
            ["objectId"] = change.ObjectId,
        };
        switch (change.Kind)
        {
            case ChangeKind.PropertyChange:
                json["propertyName"] = change.PropertyName;
                json["propertyValue"] = change.PropertyValue;
                break;
            case ChangeKind.Creation:
                json["changeFlag"] = "CREATED";
                break;
            case ChangeKind.Deletion:
                json["changeFlag"] = "DELETED";
                break;
            case ChangeKind.Merge:
                json["primaryObjectId"] = change.ObjectId;
                json["mergedObjectIds"] = new JsonArray([.. change.MergedObjectIds.Select(id => (JsonNode)id)]);
                json["newObjectId"] = change.ObjectId;
                json["numberOfPropertiesMoved"] = change.NumberOfPropertiesMoved;
                break;
            case ChangeKind.AssociationChange:
                json["associationType"] = change.AssociationType;
                json["fromObjectId"] = change.ObjectId;
                json["toObjectId"] = change.ToObjectId;
                json["associationRemoved"] = change.AssociationRemoved;
                json["isPrimaryAssociation"] = change.IsPrimaryAssociation;
                break;
        }

        json["changeSource"] = change.Origin.ChangeSource;
        if (change.Origin.SourceId is not null)
        {
            json["sourceId"] = change.Origin.SourceId;
        }

        return json;
    }
}
