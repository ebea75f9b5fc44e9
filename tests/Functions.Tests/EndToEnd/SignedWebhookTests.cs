using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Integration.Connectors.HubSpot.Webhooks;
using Integration.Functions.Tests.Metrics;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Functions.Tests.EndToEnd;

/// <summary>
/// Two-way sync with HubSpot changes arriving as the sandbox's signed v3 webhooks, over HTTP, at the local host's
/// <c>HubSpotWebhookFunction</c>; Salesforce changes through the CDC drain.
/// </summary>
public sealed class SignedWebhookTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HubSpot_edit_by_signed_webhook_reaches_Salesforce_and_our_own_writes_coming_back_stop_without_bouncing()
    {
        await using var rig = await PipelineRig.StartAsync(azurite);
        await rig.Bed.CreateAsync(Ct);
        await using var host = await rig.StartHostAsync(webhooks: true);
        using var metrics = new MeasurementRecorder(host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        await rig.Vendors.SubscribeHubSpotWebhooksAsync(
            PipelineRig.WebhookUrl(host), ("company.creation", null), ("company.propertyChange", "name"), ("company.propertyChange", "phone"));
        var accountId = await rig.Vendors.CreateSalesforceAccountAsync("Acme Hooks", "+1 555 0301");
        await PipelineRig.DrainSalesforceAsync(host);
        await LiveSyncTests.AwaitCompanyAsync(rig, accountId, "Acme Hooks", "+1 555 0301");
        await AwaitSettledAsync(rig, "the company's creation and its webhooks");
        Assert.True(
            (long)(await rig.Vendors.HubSpotWebhookStatsAsync())["eventsDelivered"]! >= 3,
            "The sandbox delivered fewer than 3 webhook events (creation, name, phone) for the company we created.");

        // (a) A HubSpot user's edit arrives by webhook and flows to Salesforce; our write there comes back by CDC.
        var phone = await rig.Vendors.EditHubSpotCompanyAsUserAsync("phone");
        await AwaitAccountAsync(rig, accountId, "Acme Hooks", phone);
        await AwaitSettledAsync(rig, "the HubSpot user's phone edit");
        var echoes = metrics.Sum("integration.echoes.dropped");
        await PipelineRig.DrainSalesforceAsync(host);
        await AwaitSettledAsync(rig, "the CDC event of our Salesforce write");
        Assert.True(metrics.Sum("integration.echoes.dropped") > echoes, "The CDC event of our own Salesforce write was not dropped as an echo.");

        // (b) A Salesforce edit is written to HubSpot; that write comes back by signed webhook and must be dropped as an echo.
        echoes = metrics.Sum("integration.echoes.dropped");
        await rig.Vendors.UpdateSalesforceAccountAsync(accountId, new JsonObject { ["Name"] = "Acme Hooks (Salesforce)" });
        await PipelineRig.DrainSalesforceAsync(host);
        await LiveSyncTests.AwaitCompanyAsync(rig, accountId, "Acme Hooks (Salesforce)", phone);
        await AwaitSettledAsync(rig, "the Salesforce rename and the webhook of our HubSpot write");
        Assert.True(metrics.Sum("integration.echoes.dropped") > echoes, "The webhook of our own HubSpot write was not dropped as an echo.");

        // Input has stopped: one more drain (it reads for its whole duration) and the webhooks must add nothing.
        var before = await VendorActivity.ReadAsync(rig.Vendors, metrics);
        await PipelineRig.DrainSalesforceAsync(host);
        await AwaitSettledAsync(rig, "a drain after input stopped");
        var after = await VendorActivity.ReadAsync(rig.Vendors, metrics);

        Assert.Equal(before, after);
        Assert.Equal((1.0, 2.0), (after.WrittenToSalesforce, after.WrittenToHubSpot));
        var account = await rig.Vendors.GetSalesforceAccountAsync(accountId);
        var company = (await rig.Vendors.FindHubSpotRecordAsync("companies", SmokePlan.ExternalIdProperty, accountId, "name", "phone"))!["properties"]!;
        Assert.Equal(("Acme Hooks (Salesforce)", phone), ((string?)account["Name"], (string?)account["Phone"]));
        Assert.Equal(("Acme Hooks (Salesforce)", phone), ((string?)company["name"], (string?)company["phone"]));
        var stats = await rig.Vendors.HubSpotWebhookStatsAsync();
        Assert.Equal((0L, 0L, 200L), ((long)stats["failedAttempts"]!, (long)stats["eventsAbandoned"]!, (long)stats["lastStatus"]!));
    }

    [Fact]
    public async Task Webhook_over_HTTP_with_a_bad_signature_gets_401_and_enqueues_nothing()
    {
        await using var rig = await PipelineRig.StartAsync(azurite);
        await rig.Bed.CreateAsync(Ct);
        await using var host = await rig.StartHostAsync(processor: false, writers: false, webhooks: true);
        using var client = host.CreateClient();
        var url = PipelineRig.WebhookUrl(host);
        const string body = """[{"eventId":7001,"subscriptionId":1,"portalId":1,"appId":1001,"occurredAt":1764400000000,"subscriptionType":"company.propertyChange","attemptNumber":0,"objectId":30000001,"propertyName":"phone","propertyValue":"+1 555 0399","changeSource":"CRM_UI","sourceId":"userId:7000001"}]""";

        using var forged = await client.SendAsync(Delivery(url, body, "not-the-client-secret"), Ct);
        var depthAfterForged = await rig.MessageCountAsync(rig.Bed.QueueNames.Changes);
        using var signed = await client.SendAsync(Delivery(url, body, SandboxClients.HubSpotClientSecret), Ct);
        var depthAfterSigned = await rig.MessageCountAsync(rig.Bed.QueueNames.Changes);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Contains(HubSpotWebhookReceiver.SignatureHeader, await forged.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, depthAfterForged);
        Assert.Equal((HttpStatusCode.OK, 1), (signed.StatusCode, depthAfterSigned));
    }

    /// <summary>A delivery signed as HubSpot signs v3: HMAC-SHA256 of method, URL, body and timestamp under the app's client secret.</summary>
    private static HttpRequestMessage Delivery(Uri url, string body, string secret)
    {
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes("POST" + url.AbsoluteUri + body + timestamp));
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(HubSpotWebhookReceiver.SignatureHeader, Convert.ToBase64String(signature));
        request.Headers.Add(HubSpotWebhookReceiver.TimestampHeader, timestamp);
        return request;
    }

    private static Task AwaitAccountAsync(PipelineRig rig, string accountId, string name, string phone) => PipelineRig.AwaitAsync(
        async () => await rig.Vendors.GetSalesforceAccountAsync(accountId) is var account
            && (string?)account["Name"] == name && (string?)account["Phone"] == phone,
        $"Salesforce Account {accountId} to have name '{name}' and phone '{phone}'");

    /// <summary>
    /// Waits until every webhook event the sandbox queued was delivered (or abandoned) and the pipeline's queues are
    /// empty, with the webhook stats unchanged across the queue check (so no HubSpot write slipped in between).
    /// </summary>
    internal static Task AwaitSettledAsync(PipelineRig rig, string after) => PipelineRig.AwaitAsync(
        async () =>
        {
            var first = await rig.Vendors.HubSpotWebhookStatsAsync();
            if ((long)first["eventsQueued"]! != (long)first["eventsDelivered"]! + (long)first["eventsAbandoned"]!)
            {
                return false;
            }

            foreach (var queue in new[] { rig.Bed.QueueNames.Changes, rig.Bed.QueueNames.WritesHubSpot, rig.Bed.QueueNames.WritesSalesforce })
            {
                if (await rig.MessageCountAsync(queue) > 0)
                {
                    return false;
                }
            }

            return JsonNode.DeepEquals(first, await rig.Vendors.HubSpotWebhookStatsAsync());
        },
        $"every webhook delivered and the queues empty after {after}");
}
