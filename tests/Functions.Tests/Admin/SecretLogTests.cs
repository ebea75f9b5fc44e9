using Integration.Functions.Tests.LocalHost.Hosting;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Integration.Functions.Tests.Admin;

public sealed class SecretLogTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Management_calls_with_right_and_wrong_keys_never_write_a_key_into_a_log_line()
    {
        const string wrongKey = "presented-but-wrong-key-0123456789abcdef";
        var logs = new CapturedLogs();
        await using (var host = await AdminHost.StartAsync(AdminHost.Settings(azurite), s => s.AddSingleton<ILoggerProvider>(logs)))
        {
            await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/status"));
            await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Post, "/api/manage/mappings/contacts/pause"));
            await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/status", wrongKey));
            await AdminHost.SendAsync(host, AdminHost.Request(HttpMethod.Get, "/api/manage/status", apiKey: null, bearer: wrongKey));
        }

        var served = logs.Entries.Where(e => e.Message.StartsWith("Management request", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, served.Count);
        Assert.Contains(served, e => e.Message == "Management request SyncStatusFunction by api-key#0 answered 200");
        var text = string.Join('\n', logs.Entries.Select(e => e.Message + " " + string.Join(' ', e.Scopes.Select(s => $"{s.Key}={s.Value}"))));
        Assert.DoesNotContain(AdminHost.ApiKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, text, StringComparison.Ordinal);
    }
}
