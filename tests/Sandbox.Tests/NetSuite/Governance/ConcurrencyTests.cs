using Microsoft.Extensions.Time.Testing;

namespace Integration.Sandbox.Tests.NetSuite.Governance;

public sealed class ConcurrencyTests
{
    private const string LimitBody = """{"type":"https://www.rfc-editor.org/rfc/rfc6585.html#section-4","title":"Too Many Requests","status":429,"o:errorDetails":[{"detail":"Concurrent request limit exceeded. Request blocked.","o:errorCode":"CONCURRENCY_LIMIT_EXCEEDED"}]}""";

    [Fact]
    public async Task Request_beyond_the_account_limit_gets_429_CONCURRENCY_LIMIT_EXCEEDED_and_the_others_complete()
    {
        var time = new FakeTimeProvider(SandboxFixture.Start);
        await using var host = await SandboxHost.StartAsync(new SandboxOptions { SalesforcePort = 0, HubSpotPort = 0, NetSuitePort = 0, TimeProvider = time }, TestContext.Current.CancellationToken);
        var account = await NetSuiteTestAccount.CreateAsync(host, time, concurrencyLimit: 2);
        await account.ControlAsync(HttpMethod.Put, "/faults", new { seed = 0, rules = new[] { new { rate = 1.0, latencyMs = 1000, pathContains = "/record/v1/customer" } } });

        var held = Enumerable.Range(0, 2).Select(_ => account.CallAsync(HttpMethod.Get, "services/rest/record/v1/customer")).ToList();
        await Eventually.HoldsAsync(async () => (int)(await account.ControlAsync(HttpMethod.Get, "/counts"))["inFlight"]! == 2, "two requests in flight");
        var (status, body, _) = await account.CallAsync(HttpMethod.Get, "services/rest/record/v1/contact");
        time.Advance(TimeSpan.FromSeconds(1));
        var completed = await Task.WhenAll(held);

        Assert.Equal(429, status);
        Assert.Equal(LimitBody, body!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal([200, 200], completed.Select(c => c.Status));
        Assert.Equal(1, (int)(await account.ControlAsync(HttpMethod.Get, "/counts"))["concurrencyRejected"]!);
    }
}
