using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Integration.Functions.Tests.EndToEnd;

/// <summary>The sandboxes' control API: webhook target and stats, simulated HubSpot users, API usage and CDC counts.</summary>
internal sealed partial class SandboxClients
{
    private const string Portal = "_sandbox/hubspot/portals/default";

    /// <summary>
    /// Points the default portal's signed webhooks at <paramref name="target"/> for <paramref name="subscriptions"/>
    /// (<c>company.creation</c>, or <c>company.propertyChange</c> with a property); a failed delivery is retried after
    /// 200 ms, 400 ms, 800 ms instead of HubSpot's minute, so that one would still land within the tests' patience.
    /// </summary>
    public async Task SubscribeHubSpotWebhooksAsync(Uri target, params (string EventType, string? Property)[] subscriptions)
    {
        var body = new JsonObject
        {
            ["targetUrl"] = target.AbsoluteUri,
            ["subscriptions"] = new JsonArray([.. subscriptions.Select(s => (JsonNode)new JsonObject { ["eventType"] = s.EventType, ["propertyName"] = s.Property })]),
            ["maxRetries"] = 3,
            ["retryDelayMs"] = 200,
        };
        using var response = await _hubSpot.PutAsJsonAsync($"{Portal}/webhooks", body, Ct);
        Assert.True(response.IsSuccessStatusCode, $"HubSpot sandbox refused the webhook target: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary><c>{eventsQueued, eventsDelivered, eventsDropped, eventsDuplicated, eventsAbandoned, attempts, failedAttempts, lastStatus}</c>.</summary>
    public async Task<JsonObject> HubSpotWebhookStatsAsync() =>
        (await _hubSpot.GetFromJsonAsync<JsonObject>($"{Portal}/webhooks/stats", Ct))!;

    /// <summary>
    /// One simulated HubSpot UI edit (<c>changeSource: CRM_UI</c>) of <paramref name="property"/> on a company: the
    /// sandbox picks the property from a seeded generator, so seeds are tried until one edits that property (other
    /// properties it may edit first are unmapped and unsubscribed). Returns the new value.
    /// </summary>
    public async Task<string> EditHubSpotCompanyAsUserAsync(string property)
    {
        for (var seed = 1; seed <= 50; seed++)
        {
            using var response = await _hubSpot.PostAsJsonAsync($"{Portal}/users/edits", new JsonObject { ["seed"] = seed, ["count"] = 1, ["objectType"] = "companies" }, Ct);
            var body = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);
            Assert.True(response.IsSuccessStatusCode, $"HubSpot sandbox refused the user edit: {(int)response.StatusCode} {body}");
            var edit = Assert.Single(body!["edits"]!.AsArray())!;
            if ((string?)edit["property"] == property)
            {
                return (string)edit["value"]!;
            }
        }

        Assert.Fail($"No seed from 1 to 50 made a simulated HubSpot user edit '{property}' of a company.");
        return string.Empty;
    }

    /// <summary>API calls the HubSpot portal counted today (<c>limits.dailyUsed</c>).</summary>
    public async Task<long> HubSpotApiCallsAsync()
    {
        var portals = (await _hubSpot.GetFromJsonAsync<JsonArray>("_sandbox/hubspot/portals", Ct))!;
        return (long)portals.Single(p => (string?)p!["name"] == "default")!["limits"]!["dailyUsed"]!;
    }

    /// <summary>REST calls the Salesforce org counted (<c>apiUsage</c>).</summary>
    public async Task<long> SalesforceApiCallsAsync()
    {
        var orgs = (await _salesforce.GetFromJsonAsync<JsonArray>("_sandbox/salesforce/orgs", Ct))!;
        return (long)orgs.Single(o => (string?)o!["name"] == "default")!["apiUsage"]!;
    }

    /// <summary>The last replay id the org issued: one more for every change event its writes published.</summary>
    public async Task<long> SalesforceChangeEventsIssuedAsync()
    {
        var events = (await _salesforce.GetFromJsonAsync<JsonObject>("_sandbox/salesforce/orgs/default/streaming/events", Ct))!;
        return long.Parse(events["lastIssuedReplayId"]!.ToString(), CultureInfo.InvariantCulture);
    }
}
