using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.HubSpot.Webhooks;

public sealed class WebhookDeliveryTests(SandboxFixture sandbox)
{
    [Fact]
    public async Task API_create_is_delivered_signed_v3_with_INTEGRATION_source_and_the_app_id()
    {
        await using var receiver = new WebhookReceiver();
        var portal = await SubscribedPortalAsync(receiver, ("contact.creation", null), ("contact.propertyChange", "email"));

        var id = await portal.CreateObjectAsync("contacts", new JsonObject { ["email"] = "hook@example.com", ["firstname"] = "Not subscribed" });
        var deliveries = await receiver.CollectAsync(2, "the creation and email events");
        var events = deliveries.SelectMany(d => d.Events).ToList();
        var change = events.Single(e => (string?)e["subscriptionType"] == "contact.propertyChange");
        var creation = events.Single(e => (string?)e["subscriptionType"] == "contact.creation");

        Assert.All(deliveries, d => Assert.True(IndependentSignatureV3.IsValid(d, portal.ClientSecret, receiver.Url), $"v3 signature of {d.Body}"));
        Assert.Equal(SandboxFixture.Start.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), deliveries[0].Headers["X-HubSpot-Request-Timestamp"]);
        Assert.Equal(("email", "hook@example.com", long.Parse(id, System.Globalization.CultureInfo.InvariantCulture)), ((string?)change["propertyName"], (string?)change["propertyValue"], (long)change["objectId"]!));
        Assert.Equal(("INTEGRATION", portal.AppId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ((string?)change["changeSource"], (string?)change["sourceId"]));
        Assert.Equal((portal.PortalId, portal.AppId, 0, SandboxFixture.Start.ToUnixTimeMilliseconds()),
            ((long)creation["portalId"]!, (long)creation["appId"]!, (int)creation["attemptNumber"]!, (long)creation["occurredAt"]!));
        Assert.NotEqual((long)creation["eventId"]!, (long)change["eventId"]!);
        Assert.NotEqual((long)creation["subscriptionId"]!, (long)change["subscriptionId"]!);
    }

    [Fact]
    public async Task Write_through_a_second_app_names_that_app_as_source_and_has_its_own_window()
    {
        await using var receiver = new WebhookReceiver();
        var portal = await SubscribedPortalAsync(receiver, ("company.propertyChange", "name"));
        await portal.ControlAsync(HttpMethod.Put, "/limits", new { tenSecondLimit = 2 });
        await portal.ControlAsync(HttpMethod.Post, "/apps", new { token = $"other-{portal.Name}", appId = 4242, clientSecret = "other-secret" });
        using var other = new HttpClient { BaseAddress = sandbox.Host.HubSpotBaseUrl };
        other.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", $"other-{portal.Name}");

        for (var i = 0; i < 2; i++)
        {
            using var spent = await portal.SendAsync(HttpMethod.Get, "crm/v3/objects/companies");
            Assert.Equal(200, (int)spent.StatusCode);
        }

        using var created = await other.PostAsync("crm/v3/objects/companies",
            new StringContent("""{"properties":{"name":"From the other app"}}""", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var (refused, _) = await portal.CallAsync(HttpMethod.Get, "crm/v3/objects/companies");
        var change = (await receiver.NextAsync("the other app's name change")).Events.Single();

        Assert.Equal((201, 429), ((int)created.StatusCode, refused));
        Assert.Equal(("INTEGRATION", "4242"), ((string?)change["changeSource"], (string?)change["sourceId"]));
        Assert.Equal(portal.AppId, (long)change["appId"]!);
    }

    [Fact]
    public async Task Failed_delivery_is_retried_with_a_growing_attemptNumber_and_the_same_events()
    {
        await using var receiver = new WebhookReceiver(500, 503);
        var portal = await SubscribedPortalAsync(receiver, ("company.creation", null));

        await portal.CreateObjectAsync("companies", new JsonObject { ["name"] = "Retry Inc" });
        var first = await receiver.NextAsync("attempt 0");
        var second = await receiver.NextAsync("attempt 1 after a 500");
        var third = await receiver.NextAsync("attempt 2 after a 503");
        // One delivery at a time: the next batch goes out only after the retried one was counted.
        await portal.CreateObjectAsync("companies", new JsonObject { ["name"] = "After" });
        await receiver.NextAsync("the next company's event");
        var stats = await portal.ControlAsync(HttpMethod.Get, "/webhooks/stats");

        Assert.Equal([0, 1, 2], new[] { first, second, third }.Select(d => (int)d.Events[0]["attemptNumber"]!));
        Assert.Single(new[] { first, second, third }.Select(d => (long)d.Events[0]["eventId"]!).Distinct());
        Assert.All(new[] { first, second, third }, d => Assert.True(IndependentSignatureV3.IsValid(d, portal.ClientSecret, receiver.Url), "each attempt is signed"));
        Assert.Equal(2, (int)stats!["failedAttempts"]!);
        Assert.InRange((int)stats["eventsDelivered"]!, 1, 2);
    }

    [Fact]
    public async Task UI_edit_by_a_simulated_user_reports_CRM_UI_and_the_user_id()
    {
        await using var receiver = new WebhookReceiver();
        var portal = await SubscribedPortalAsync(receiver,
            ("contact.propertyChange", "jobtitle"), ("contact.propertyChange", "phone"), ("contact.propertyChange", "firstname"));
        await portal.SeedAsync(seed: 2, companies: 1, contactsPerCompany: 3);

        var edits = await portal.ControlAsync(HttpMethod.Post, "/users/edits", new { seed = 4, count = 1, objectType = "contacts" });
        var edit = edits!["edits"]![0]!;
        var change = (await receiver.NextAsync("the user's property change")).Events.Single();

        Assert.Equal(("CRM_UI", $"userId:{(long)edit["userId"]!}"), ((string?)change["changeSource"], (string?)change["sourceId"]));
        Assert.Equal(((string?)edit["property"], (string?)edit["value"], (long)edit["objectId"]!), ((string?)change["propertyName"], (string?)change["propertyValue"], (long)change["objectId"]!));
    }

    [Fact]
    public async Task Background_user_run_edits_records_as_CRM_UI_until_stopped()
    {
        await using var receiver = new WebhookReceiver();
        var portal = await SubscribedPortalAsync(receiver, ("deal.propertyChange", "amount"), ("deal.propertyChange", "dealname"));
        await portal.SeedAsync(seed: 3, companies: 2, dealsPerCompany: 2);

        await portal.ControlAsync(HttpMethod.Post, "/users/run", new { seed = 1, editsPerSecond = 5, durationSeconds = 60, objectType = "deals" });
        var change = (await receiver.NextAsync("the first edit of the background run")).Events[0];
        var stopped = await portal.ControlAsync(HttpMethod.Delete, "/users/run");
        var status = await portal.ControlAsync(HttpMethod.Get, "/users");

        Assert.Equal("CRM_UI", (string?)change["changeSource"]);
        Assert.StartsWith("userId:", (string?)change["sourceId"], StringComparison.Ordinal);
        Assert.True((long)stopped!["editsMade"]! >= 1, "the run made at least one edit");
        Assert.False((bool)status!["running"]!);
    }

    [Fact]
    public async Task Drop_fault_loses_events_and_later_events_still_arrive()
    {
        await using var receiver = new WebhookReceiver();
        var portal = await SubscribedPortalAsync(receiver, ("deal.creation", null));
        await portal.ControlAsync(HttpMethod.Put, "/faults", new { webhookRules = new[] { new { kind = "Drop", rate = 1.0 } } });

        for (var i = 0; i < 3; i++)
        {
            await portal.CreateObjectAsync("deals", new JsonObject { ["dealname"] = $"lost {i}" });
        }

        await portal.ControlAsync(HttpMethod.Delete, "/faults");
        var kept = await portal.CreateObjectAsync("deals", new JsonObject { ["dealname"] = "kept" });
        var delivered = await receiver.NextAsync("the deal created after the drop fault was cleared");
        var stats = await portal.ControlAsync(HttpMethod.Get, "/webhooks/stats");

        Assert.Equal(kept, ((long)delivered.Events.Single()["objectId"]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3, (int)stats!["eventsDropped"]!);
    }

    [Fact]
    public async Task Duplicate_fault_delivers_an_event_twice_with_the_same_eventId()
    {
        await using var receiver = new WebhookReceiver();
        var portal = await SubscribedPortalAsync(receiver, ("contact.creation", null));
        await portal.ControlAsync(HttpMethod.Put, "/faults", new { webhookRules = new[] { new { kind = "Duplicate", rate = 1.0 } } });

        var id = await portal.CreateObjectAsync("contacts", new JsonObject { ["email"] = "twice@example.com" });
        var events = (await receiver.CollectAsync(2, "the event and its duplicate")).SelectMany(d => d.Events).ToList();

        Assert.Equal(2, events.Count);
        Assert.Single(events.Select(e => (long)e["eventId"]!).Distinct());
        Assert.All(events, e => Assert.Equal(id, ((long)e["objectId"]!).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Events_go_out_in_batches_of_at_most_100()
    {
        await using var receiver = new WebhookReceiver();
        var portal = await SubscribedPortalAsync(receiver, ("contact.creation", null));

        foreach (var (from, count) in new[] { (0, 100), (100, 50) })
        {
            var inputs = new JsonArray([.. Enumerable.Range(from, count).Select(i => (JsonNode)new JsonObject { ["properties"] = new JsonObject { ["email"] = $"b{i}@example.com" } })]);
            var (status, _) = await portal.CallAsync(HttpMethod.Post, "crm/v3/objects/contacts/batch/create", new JsonObject { ["inputs"] = inputs });
            Assert.Equal(201, status);
        }

        var deliveries = await receiver.CollectAsync(150, "150 creation events");

        Assert.All(deliveries, d => Assert.InRange(d.Events.Count, 1, 100));
        Assert.Equal(150, deliveries.SelectMany(d => d.Events).Select(e => (long)e["objectId"]!).Distinct().Count());
    }

    private async Task<HubSpotTestPortal> SubscribedPortalAsync(WebhookReceiver receiver, params (string EventType, string? PropertyName)[] subscriptions)
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host);
        await portal.ControlAsync(HttpMethod.Put, "/webhooks", new
        {
            targetUrl = receiver.Url,
            subscriptions = subscriptions.Select(s => new { eventType = s.EventType, propertyName = s.PropertyName }),
            maxConcurrentRequests = 1,
            retryDelayMs = 0,
        });
        return portal;
    }
}
