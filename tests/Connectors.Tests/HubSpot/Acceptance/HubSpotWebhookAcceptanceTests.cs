using System.Globalization;
using System.Net;
using System.Text;
using Integration.Connectors.HubSpot.Webhooks;
using Integration.Connectors.Tests.HubSpot.Webhooks;
using Integration.Core.Changes;
using Integration.Core.Records;

namespace Integration.Connectors.Tests.HubSpot.Acceptance;

/// <summary>
/// Done when: tampered or stale webhook deliveries are rejected with nothing enqueued; valid ones parse
/// into the right events. The sandbox delivers real signed webhooks to a loopback endpoint that passes
/// them to <see cref="HubSpotWebhookReceiver"/>.
/// </summary>
[Trait("Category", "Acceptance")]
[Collection(HubSpotAcceptanceGroup.Name)]
public sealed class HubSpotWebhookAcceptanceTests(ITestOutputHelper output)
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Sandbox_deliveries_of_connector_writes_are_accepted_as_the_right_events_and_tampered_or_stale_copies_are_rejected()
    {
        await using var portal = await HubSpotAcceptancePortal.StartAsync(tenSecondLimit: 100, searchPerSecond: 5);
        await using var sink = await WebhookSink.StartAsync(portal.WebhookReceiver, HubSpotAcceptancePortal.Connection);
        await portal.ControlAsync(HttpMethod.Put, "/webhooks", new
        {
            targetUrl = sink.Url.OriginalString,
            subscriptions = new object[]
            {
                new { eventType = "contact.creation" },
                new { eventType = "contact.propertyChange", propertyName = "firstname" },
                new { eventType = "contact.deletion" },
            },
        });

        var id = await WriteCreateUpdateDeleteAsync(portal);
        var events = await sink.WaitForAcceptedAsync(4, "creation, two firstname changes and deletion", DeliveryTimeout);
        output.WriteLine($"{sink.Deliveries.Count} deliveries accepted with {events.Count} events for contact {id}");

        var appId = portal.AppId.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(
            [$"Create {id} []", $"Delete {id} []", $"Update {id} [firstname]", $"Update {id} [firstname]"],
            events.Select(e => $"{e.Kind} {string.Join(",", e.RecordIds)} [{string.Join(",", e.ChangedFields ?? [])}]").Order(StringComparer.Ordinal));
        Assert.All(events, e => Assert.Equal(
            (HubSpotAcceptancePortal.Connection, "contacts", new ChangeOrigin("INTEGRATION", appId)),
            (e.System, e.ObjectName, e.Origin)));
        Assert.Equal(4, events.Select(e => e.EventId).Distinct().Count());
        Assert.Equal((0L, 1L), await portal.CountsAsync("contacts"));

        await RejectsTamperedAndStaleCopiesAsync(portal, sink, id);
    }

    private static async Task<string> WriteCreateUpdateDeleteAsync(HubSpotAcceptancePortal portal)
    {
        var writer = portal.Connector.Writer;
        var cancellationToken = TestContext.Current.CancellationToken;
        const string email = "hook@webhooks.example.com";
        var created = (await writer.UpsertAsync("contacts", "email", [new RecordUpsert(email, HubSpotAcceptancePortal.Fields(("firstname", "Ada"), ("lastname", "Lovelace")))], WriteLane.Live, cancellationToken)).Single();
        Assert.True(created is { Succeeded: true, Created: true, Id: not null }, $"creating the contact: {created}");
        var updated = (await writer.UpsertAsync("contacts", "email", [new RecordUpsert(email, HubSpotAcceptancePortal.Fields(("firstname", "Grace")))], WriteLane.Live, cancellationToken)).Single();
        Assert.True(updated is { Succeeded: true, Created: false }, $"updating the contact: {updated}");
        var deleted = (await writer.DeleteAsync("contacts", [created.Id!], WriteLane.Live, cancellationToken)).Single();
        Assert.True(deleted.Succeeded, $"deleting the contact: {deleted}");
        return created.Id!;
    }

    private async Task RejectsTamperedAndStaleCopiesAsync(HubSpotAcceptancePortal portal, WebhookSink sink, string id)
    {
        var original = sink.Deliveries.First(delivery => delivery.Status == 200);
        var body = Encoding.UTF8.GetString(original.Body);
        var signature = original.Headers[HubSpotWebhookReceiver.SignatureHeader];
        var timestamp = original.Headers[HubSpotWebhookReceiver.TimestampHeader];
        var otherId = (long.Parse(id, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        var tamperedBody = body.Replace($"\"objectId\":{id}", $"\"objectId\":{otherId}", StringComparison.Ordinal);
        Assert.NotEqual(body, tamperedBody);
        var otherUri = sink.Url.OriginalString.Replace("portal=acceptance", "portal=other", StringComparison.Ordinal);
        var staleTimestamp = TimeProvider.System.GetUtcNow().AddMinutes(-6).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var staleSignature = ReferenceSignatureV3.Sign(portal.ClientSecret, "POST", sink.Url.OriginalString, body, staleTimestamp);
        var accepted = sink.Accepted.Count;

        using var http = new HttpClient();
        var answers = new[]
        {
            ("tampered body", await PostAsync(http, sink.Url.OriginalString, tamperedBody, signature, timestamp)),
            ("tampered URI", await PostAsync(http, otherUri, body, signature, timestamp)),
            ("stale timestamp, re-signed", await PostAsync(http, sink.Url.OriginalString, body, staleSignature, staleTimestamp)),
            ("tampered timestamp", await PostAsync(http, sink.Url.OriginalString, body, signature, (long.Parse(timestamp, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture))),
        };
        var acceptedAfterTampering = sink.Accepted.Count;
        var untouched = await PostAsync(http, sink.Url.OriginalString, body, signature, timestamp);
        output.WriteLine(string.Join("; ", answers.Select(answer => $"{answer.Item1}: {(int)answer.Item2}")) + $"; untouched copy: {(int)untouched}");
        foreach (var delivery in sink.Deliveries.Where(delivery => delivery.Status != 200))
        {
            output.WriteLine($"rejected: {delivery.Status} {delivery.Reason}");
        }

        Assert.All(answers, answer => Assert.True(answer.Item2 == HttpStatusCode.Unauthorized, $"{answer.Item1} answered {(int)answer.Item2}, not 401"));
        Assert.Equal(accepted, acceptedAfterTampering);
        // The same copy untouched is accepted: the rejections above come from the tampering, not from the replay.
        Assert.Equal(HttpStatusCode.OK, untouched);
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, string url, string body, string signature, string timestamp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(HubSpotWebhookReceiver.SignatureHeader, signature);
        request.Headers.Add(HubSpotWebhookReceiver.TimestampHeader, timestamp);
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
