using System.Globalization;
using System.Text.Json.Nodes;
using Integration.Sandbox.Hosting;

namespace Integration.Sandbox.NetSuite.Webhooks;

/// <summary>The JSON body of one webhook: account, record type, id, external id, event type and times (ISO UTC).</summary>
internal static class WebhookPayload
{
    public static string Render(WebhookDelivery delivery, DateTimeOffset sentAt)
    {
        var change = delivery.Change;
        var json = new JsonObject
        {
            ["account"] = delivery.Account.AccountId,
            ["recordType"] = change.Type.RestName,
            ["id"] = change.Id.ToString(CultureInfo.InvariantCulture),
            ["externalId"] = change.ExternalId,
            ["eventType"] = change.EventType,
            ["lastModified"] = Iso(change.LastModified),
            ["timestamp"] = Iso(sentAt),
        };
        return json.ToJsonString(SandboxJson.Options);
    }

    private static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
