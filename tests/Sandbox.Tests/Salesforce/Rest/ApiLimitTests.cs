using System.Net.Http.Json;

namespace Integration.Sandbox.Tests.Salesforce.Rest;

public sealed class ApiLimitTests(SandboxFixture sandbox)
{
    [Fact]
    public async Task Every_api_response_carries_Sforce_Limit_Info_with_the_calls_used()
    {
        var org = await sandbox.NewOrgAsync(dailyApiLimit: 500);

        using var first = await org.SendAsync(HttpMethod.Get, "sobjects/Account/describe");
        using var second = await org.SendAsync(HttpMethod.Get, "sobjects/Account/001Ab0000000001AAA");

        Assert.Equal("api-usage=1/500", first.Headers.GetValues("Sforce-Limit-Info").Single());
        Assert.Equal("api-usage=2/500", second.Headers.GetValues("Sforce-Limit-Info").Single());
    }

    [Fact]
    public async Task Calls_beyond_the_daily_limit_get_403_REQUEST_LIMIT_EXCEEDED()
    {
        var org = await sandbox.NewOrgAsync(dailyApiLimit: 2);
        await org.CallAsync(HttpMethod.Get, "limits");
        await org.CallAsync(HttpMethod.Get, "limits");

        using var refused = await org.SendAsync(HttpMethod.Get, "limits");

        Assert.Equal(403, (int)refused.StatusCode);
        Assert.Equal("api-usage=2/2", refused.Headers.GetValues("Sforce-Limit-Info").Single());
        Assert.Equal("""[{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}]""",
            await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Control_api_sets_limit_and_usage_which_the_limits_resource_reports()
    {
        var org = await sandbox.NewOrgAsync();
        using var set = await org.Control.PutAsJsonAsync($"{org.ControlPath}/limits", new { dailyApiLimit = 1000, used = 900 }, TestContext.Current.CancellationToken);

        var (_, limits) = await org.CallAsync(HttpMethod.Get, "limits");

        Assert.True(set.IsSuccessStatusCode);
        Assert.Equal((1000, 99), ((int?)limits!["DailyApiRequests"]!["Max"], (int?)limits["DailyApiRequests"]!["Remaining"]));
    }
}
