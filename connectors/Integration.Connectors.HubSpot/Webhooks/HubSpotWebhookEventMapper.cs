using System.Globalization;
using Integration.Core.Changes;

namespace Integration.Connectors.HubSpot.Webhooks;

/// <summary>
/// Maps one webhook event to a core change event: <c>&lt;object&gt;.&lt;action&gt;</c> gives the
/// object (contact → contacts, company → companies, deal → deals, ...) and the kind (creation →
/// Create, propertyChange and associationChange → Update, deletion and privacyDeletion → Delete,
/// restore → Undelete, merge → Merge). Null for objects and actions it does not map
/// (conversations, for example), which the receiver counts as ignored.
/// </summary>
internal static class HubSpotWebhookEventMapper
{
    private static readonly Dictionary<string, string> Objects = new(StringComparer.OrdinalIgnoreCase)
    {
        ["contact"] = "contacts",
        ["company"] = "companies",
        ["deal"] = "deals",
        ["ticket"] = "tickets",
        ["product"] = "products",
        ["line_item"] = "line_items",
        ["0-1"] = "contacts",
        ["0-2"] = "companies",
        ["0-3"] = "deals",
        ["0-5"] = "tickets",
    };

    private static readonly Dictionary<string, ChangeKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["creation"] = ChangeKind.Create,
        ["propertyChange"] = ChangeKind.Update,
        ["associationChange"] = ChangeKind.Update,
        ["deletion"] = ChangeKind.Delete,
        ["privacyDeletion"] = ChangeKind.Delete,
        ["restore"] = ChangeKind.Undelete,
        ["merge"] = ChangeKind.Merge,
    };

    public static ChangeEvent? Map(string system, HubSpotWebhookEvent item)
    {
        var type = item.SubscriptionType ?? item.EventType ?? string.Empty;
        var dot = type.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !Kinds.TryGetValue(type[(dot + 1)..], out var kind))
        {
            return null;
        }

        if (ObjectName(type[..dot], item.ObjectTypeId) is not { } objectName)
        {
            return null;
        }

        var occurredAt = item.OccurredAt ?? 0;
        var eventId = Text(item.EventId ?? 0);
        return new ChangeEvent(
            system,
            objectName,
            RecordIds(kind, item),
            kind,
            DateTimeOffset.FromUnixTimeMilliseconds(occurredAt),
            new StreamPosition($"hubspot:{Text(item.PortalId ?? 0)}", $"{Text(occurredAt)}:{eventId}"),
            eventId,
            item.ChangeSource is null && item.SourceId is null ? null : new ChangeOrigin(item.ChangeSource, item.SourceId),
            ChangedFields(type, item));
    }

    // Generic object.* events name the type by id; an unknown id (2-123) is a custom object, kept by id.
    private static string? ObjectName(string prefix, string? objectTypeId)
    {
        if (string.Equals(prefix, "object", StringComparison.OrdinalIgnoreCase))
        {
            return objectTypeId is null ? null : Objects.GetValueOrDefault(objectTypeId, objectTypeId);
        }

        return Objects.GetValueOrDefault(prefix);
    }

    private static List<string> RecordIds(ChangeKind kind, HubSpotWebhookEvent item)
    {
        var ids = new List<long>();
        if (kind == ChangeKind.Merge)
        {
            // The winner first, then the records merged into it (and a new id when the merge made one).
            ids.Add(item.PrimaryObjectId ?? item.ObjectId ?? 0);
            ids.AddRange(item.MergedObjectIds ?? []);
            if (item.NewObjectId is { } created)
            {
                ids.Add(created);
            }
        }
        else
        {
            ids.Add(item.ObjectId ?? item.FromObjectId ?? 0);
        }

        return ids.Distinct().Select(Text).ToList();
    }

    private static List<string> ChangedFields(string type, HubSpotWebhookEvent item)
    {
        if (item.PropertyName is { } property)
        {
            return [property];
        }

        return type.EndsWith(".associationChange", StringComparison.OrdinalIgnoreCase) && item.AssociationType is { } association
            ? [$"association:{association}"]
            : [];
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
