using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.HubSpot.RateLimits;

public sealed class RateLimitTests(SandboxFixture sandbox)
{
    [Fact]
    public async Task Burst_over_the_ten_second_limit_is_429_TEN_SECONDLY_ROLLING_and_headers_count_down()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host, tenSecondLimit: 3, dailyLimit: 1000);

        var remaining = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await portal.SendAsync(HttpMethod.Get, "crm/v3/objects/contacts");
            Assert.Equal(200, (int)ok.StatusCode);
            remaining.Add(Header(ok, "X-HubSpot-RateLimit-Remaining"));
            Assert.Equal(("3", "10000", "1000"), (Header(ok, "X-HubSpot-RateLimit-Max"), Header(ok, "X-HubSpot-RateLimit-Interval-Milliseconds"), Header(ok, "X-HubSpot-RateLimit-Daily")));
        }

        using var refused = await portal.SendAsync(HttpMethod.Get, "crm/v3/objects/contacts");
        var body = await HubSpotTestPortal.ReadAsync(refused);

        Assert.Equal(["2", "1", "0"], remaining);
        Assert.Equal(429, (int)refused.StatusCode);
        Assert.Equal("0", Header(refused, "X-HubSpot-RateLimit-Remaining"));
        Assert.Equal("997", Header(refused, "X-HubSpot-RateLimit-Daily-Remaining"));
        Assert.Equal(("error", "RATE_LIMIT", "TEN_SECONDLY_ROLLING"), ((string?)body!["status"], (string?)body["errorType"], (string?)body["policyName"]));
        Assert.Equal("You have reached your ten_secondly_rolling limit.", (string?)body["message"]);
        Assert.True(Guid.TryParse((string?)body["correlationId"], out _) && Guid.TryParse((string?)body["requestId"], out _), "correlationId and requestId are GUIDs");
    }

    [Fact]
    public async Task Spent_daily_allowance_is_429_DAILY()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host, dailyLimit: 50);
        await portal.ControlAsync(HttpMethod.Put, "/limits", new { dailyUsed = 49 });

        using var last = await portal.SendAsync(HttpMethod.Get, "crm/v3/objects/deals");
        var (status, body) = await portal.CallAsync(HttpMethod.Get, "crm/v3/objects/deals");

        Assert.Equal((200, "0"), ((int)last.StatusCode, Header(last, "X-HubSpot-RateLimit-Daily-Remaining")));
        Assert.Equal((429, "DAILY", "You have reached your daily limit."), (status, (string?)body!["policyName"], (string?)body["message"]));
    }

    [Fact]
    public async Task Search_has_its_own_per_second_limit_a_distinct_429_body_and_no_rate_limit_headers()
    {
        var portal = await HubSpotTestPortal.CreateAsync(sandbox.Host, searchPerSecond: 2);
        var search = new JsonObject { ["limit"] = 1 };

        using var first = await portal.SendAsync(HttpMethod.Post, "crm/v3/objects/contacts/search", search);
        using var second = await portal.SendAsync(HttpMethod.Post, "crm/v3/objects/contacts/search", search);
        var (status, body) = await portal.CallAsync(HttpMethod.Post, "crm/v3/objects/contacts/search", search);
        var (list, _) = await portal.CallAsync(HttpMethod.Get, "crm/v3/objects/contacts");

        Assert.Equal((200, 200, 429, 200), ((int)first.StatusCode, (int)second.StatusCode, status, list));
        Assert.DoesNotContain(first.Headers, h => h.Key.StartsWith("X-HubSpot-RateLimit", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(("error", "You have reached your secondly limit.", "RATE_LIMITS"), ((string?)body!["status"], (string?)body["message"], (string?)body["category"]));
        Assert.Null(body["policyName"]);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(',', values) : $"<no {name}>";
}
