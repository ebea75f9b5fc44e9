using Integration.Functions.Tests.LocalHost.Hosting;
using Integration.TestKit.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Functions.Tests.LocalHost.Timers;

public sealed class TimerHostingTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Two_local_hosts_on_one_storage_run_each_timer_occurrence_once()
    {
        const int Occurrences = 4;
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["LocalHost:Timers:HostId"] = StorageNames.Container("timerhost"),
            ["LocalHost:Timers:LeaseAcquireInterval"] = "00:00:01",
        };
        using var runs = new TimerRuns();

        await using (await StartHostAsync("a", settings, runs))
        await using (await StartHostAsync("b", settings, runs))
        {
            await runs.WaitForAsync(Occurrences, Timeout, $"{Occurrences} occurrences of the every-second timer");
        }

        var all = runs.All;
        var seconds = all.Select(r => r.At.ToUnixTimeSeconds()).ToList();
        Assert.True(seconds.Count == seconds.Distinct().Count(), "an occurrence ran twice: " + string.Join(", ", all));
        Assert.Single(all.Select(r => r.Host).Distinct());
    }

    private static Task<TestLocalHost> StartHostAsync(string name, Dictionary<string, string?> settings, TimerRuns runs) =>
        TestLocalHost.StartAsync(
            [typeof(EverySecondTimerFunction)],
            settings,
            services => services.AddSingleton(runs).AddSingleton(new HostTag(name)));
}
