using System.Net;
using Integration.Functions.Tests.LocalHost.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Integration.Functions.Tests.LocalHost.Http;

public sealed class GeneratedKeyTests
{
    [Fact]
    public async Task Without_configured_keys_protected_functions_stay_closed_and_the_log_says_where_to_set_keys()
    {
        var logs = new CapturedLogs();
        await using var host = await TestLocalHost.StartAsync([typeof(KeyedHttpFunctions)], new Dictionary<string, string?>(), s => s.AddSingleton<ILoggerProvider>(logs));
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/secure");
        request.Headers.Add("x-functions-key", "");

        using var noKey = await client.GetAsync("/api/secure", TestContext.Current.CancellationToken);
        using var emptyKey = await client.SendAsync(request, TestContext.Current.CancellationToken);
        using var open = await client.GetAsync("/api/OpenFunction", TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.OK), (noKey.StatusCode, emptyKey.StatusCode, open.StatusCode));
        var warning = Assert.Single(logs.Entries, e => e.Message.Contains("random keys were generated", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("Set LocalHost:Keys:Master and LocalHost:Keys:Default", warning.Message, StringComparison.Ordinal);
    }
}
