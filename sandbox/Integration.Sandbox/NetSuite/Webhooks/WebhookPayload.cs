using System.Globalization;
using System.Text.Json.Nodes;
using Integration.Sandbox.Hosting;

namespace Integration.Sandbox.NetSuite.Webhooks;

/// <summary>
/// The JSON body of one webhook, in the contract our User Event script follows (docs/connectors/netsuite.md):
/// <c>eventId, accountId, recordType, recordId, externalId, eventType, occurredAt, executionContext</c>.
/// <c>occurredAt</c> is the record's second-truncated lastmodifieddate (the deletion time for a delete), so a
/// receiver can de-duplicate webhook and SuiteQL events by (id, lastmodifieddate).
/// </summary>
internal static class WebhookPayload
{
    public static string Render(WebhookDelivery delivery, long sequence)
    {
        var change = delivery.Change;
        var json = new JsonObject
        {
            ["eventId"] = $"{delivery.Account.AccountId}-{sequence.ToString(CultureInfo.InvariantCulture)}",
            ["accountId"] = delivery.Account.AccountId,
            ["recordType"] = change.Type.RestName,
            ["recordId"] = change.Id.ToString(CultureInfo.InvariantCulture),
            ["externalId"] = change.ExternalId,
            ["eventType"] = change.EventType,
            ["occurredAt"] = Iso(change.LastModified),
            ["executionContext"] = "WEBSERVICES",
        };
        return json.ToJsonString(SandboxJson.Options);
    }

    private static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
