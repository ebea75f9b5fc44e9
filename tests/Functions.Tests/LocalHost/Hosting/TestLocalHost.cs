using Integration.Functions.LocalHost;
using Integration.Functions.LocalHost.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Integration.Functions.Tests.LocalHost.Hosting;

/// <summary>A local host over test-assembly function classes, on a TestServer, with its own settings.</summary>
internal sealed class TestLocalHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestLocalHost(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    /// <summary>Settings every queue test wants: short host.json timings so nothing waits long.</summary>
    public static Dictionary<string, string?> FastQueueSettings(string connectionString) => new()
    {
        ["AzureWebJobsStorage"] = connectionString,
        ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00",
        ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.200",
        ["AzureFunctionsJobHost:extensions:queues:messageEncoding"] = "none",
    };

    public static WebApplication Build(Type[] functions, IDictionary<string, string?> settings, Action<IServiceCollection>? services = null, TimeSpan? shutdownTimeout = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddFunctionsLocalHost(functions);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = shutdownTimeout ?? TimeSpan.FromSeconds(10));
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapFunctionsHttp();
        return app;
    }

    public static async Task<TestLocalHost> StartAsync(Type[] functions, IDictionary<string, string?> settings, Action<IServiceCollection>? services = null, TimeSpan? shutdownTimeout = null)
    {
        var app = Build(functions, settings, services, shutdownTimeout);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new TestLocalHost(app);
    }

    public HttpClient CreateClient() => _app.GetTestClient();

    public Task StopAsync() => _app.StopAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
