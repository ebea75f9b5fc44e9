using Integration.Functions.LocalHost.Catalog;
using Integration.Functions.LocalHost.Invocation;
using Integration.Functions.Tests.LocalHost.Hosting;
using Integration.TestKit.Azurite;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Functions.Tests.LocalHost.Invocation;

public sealed class FunctionInvokerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task FunctionTimeout_cancels_the_invocation_token_and_fails_the_invocation()
    {
        var seen = new CancellationSeen();
        var settings = new Dictionary<string, string?>
        {
            ["AzureFunctionsJobHost:functionTimeout"] = "00:00:00.300",
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["LocalHost:Timers:HostId"] = StorageNames.Container("invoker"),
        };
        await using var host = await TestLocalHost.StartAsync([typeof(SlowTimerFunction)], settings, s => s.AddSingleton(seen));
        var function = host.Services.GetRequiredService<FunctionCatalog>()[nameof(SlowTimerFunction)];
        var invoker = host.Services.GetRequiredService<FunctionInvoker>();

        var result = await invoker.InvokeAsync(function, new InvocationRequest(new TimerInfo { IsPastDue = true }, "Timer fired."), TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(FunctionOutcome.TimedOut, result.Outcome);
        Assert.IsType<TimeoutException>(result.Exception);
        Assert.Contains("Timeout value of 00:00:00.3000000 exceeded by function 'Functions.SlowTimerFunction'", result.Exception.Message, StringComparison.Ordinal);
        Assert.True(await seen.Signal.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
    }
}
