using System.Net;
using Integration.Functions.LocalHost;
using Integration.Functions.LocalHost.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Integration.Functions.Tests.LocalHost.Hosting;

/// <summary>
/// A local host over test-assembly function classes, with its own settings: on a TestServer, or, when asked to listen,
/// on Kestrel at a free loopback port, so that other processes (a sandbox delivering webhooks) can call it.
/// </summary>
internal sealed class TestLocalHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestLocalHost(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    /// <summary>The base address Kestrel listens on (<c>http://127.0.0.1:port/</c>); only for a host started to listen.</summary>
    public Uri BaseAddress => new(
        _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/");

    /// <summary>Settings every queue test wants: short host.json timings so nothing waits long.</summary>
    public static Dictionary<string, string?> FastQueueSettings(string connectionString) => new()
    {
        ["AzureWebJobsStorage"] = connectionString,
        ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00",
        ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.200",
        ["AzureFunctionsJobHost:extensions:queues:messageEncoding"] = "none",
    };

    public static WebApplication Build(Type[] functions, IDictionary<string, string?> settings, Action<IServiceCollection>? services = null, TimeSpan? shutdownTimeout = null, bool listen = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        if (listen)
        {
            builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddFunctionsLocalHost(functions);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = shutdownTimeout ?? TimeSpan.FromSeconds(10));
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapFunctionsHttp();
        return app;
    }

    public static async Task<TestLocalHost> StartAsync(Type[] functions, IDictionary<string, string?> settings, Action<IServiceCollection>? services = null, TimeSpan? shutdownTimeout = null, bool listen = false)
    {
        var app = Build(functions, settings, services, shutdownTimeout, listen);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new TestLocalHost(app);
    }

    /// <summary>A client of the host: the TestServer's, or one on <see cref="BaseAddress"/> for a host started to listen.</summary>
    public HttpClient CreateClient() => _app.Services.GetService<IServer>() is TestServer ? _app.GetTestClient() : new HttpClient { BaseAddress = BaseAddress };

    public Task StopAsync() => _app.StopAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
