using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Integration.Sandbox.Hosting;
using Integration.Sandbox.NetSuite;
using Integration.Sandbox.HubSpot;
using Integration.Sandbox.Salesforce;

namespace Integration.Sandbox;

/// <summary>
/// The sandbox app: one emulator per vendor, each on its own port of one Kestrel server. Start it from
/// tests with <see cref="StartAsync"/> (port 0 picks free ports) and dispose it to stop.
/// </summary>
public sealed class SandboxHost : IAsyncDisposable
{
    /// <summary>The longest URI the vendors accept (Salesforce: 16,384 bytes), plus method and protocol version.</summary>
    private const int MaxRequestLine = 16_384 + 32;

    private readonly WebApplication _app;

    private SandboxHost(WebApplication app, SandboxOptions options, Uri salesforceBaseUrl, Uri netSuiteBaseUrl)
    {
        _app = app;
        Options = options;
        SalesforceBaseUrl = salesforceBaseUrl;
        NetSuiteBaseUrl = netSuiteBaseUrl;
    }

    /// <summary>The options the sandbox started with.</summary>
    public SandboxOptions Options { get; }

    /// <summary>Base URL of the Salesforce emulator (token endpoint, REST API and control API), e.g. <c>http://127.0.0.1:5310/</c>.</summary>
    public Uri SalesforceBaseUrl { get; }

    /// <summary>Base URL of the NetSuite emulator (REST record API, SuiteQL and control API), e.g. <c>http://127.0.0.1:5330/</c>.</summary>
    public Uri NetSuiteBaseUrl { get; }

    /// <summary>Base URL of the HubSpot emulator (CRM API and control API), e.g. <c>http://127.0.0.1:5320/</c>.</summary>
    public Uri HubSpotBaseUrl { get; private init; } = null!;

    /// <summary>Builds the app, binds its ports and starts serving.</summary>
    public static async Task<SandboxHost> StartAsync(SandboxOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        SandboxOptionsValidator.Validate(options);
        using var reservation = new PortReservation();
        var salesforcePort = reservation.Resolve(options.Host, options.SalesforcePort);
        var netSuitePort = reservation.Resolve(options.Host, options.NetSuitePort);
        var hubSpotPort = reservation.Resolve(options.Host, options.HubSpotPort);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseSockets(sockets => sockets.CreateBoundListenSocket = endpoint =>
            reservation.TryTake(endpoint) ?? SocketTransportOptions.CreateDefaultBoundListenSocket(endpoint));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Salesforce accepts URIs up to 16,384 bytes (414 beyond); Kestrel's default request line is 8 KiB.
            kestrel.Limits.MaxRequestLineSize = MaxRequestLine;
            kestrel.Listen(IPAddress.Parse(options.Host), salesforcePort);
            kestrel.Listen(IPAddress.Parse(options.Host), netSuitePort);
            kestrel.Listen(IPAddress.Parse(options.Host), hubSpotPort);
        });
        builder.Services.AddSingleton(options.TimeProvider);
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = SandboxJson.Options.Encoder);
        builder.Services.AddSalesforceSandbox(options.Salesforce);
        builder.Services.AddNetSuiteSandbox(options.NetSuite);
        builder.Services.AddHubSpotSandbox(options.HubSpot);

        var app = builder.Build();
        app.MapSalesforceSandbox(salesforcePort, options.AdminKey);
        app.MapNetSuiteSandbox(netSuitePort, options.AdminKey);
        app.MapHubSpotSandbox(hubSpotPort, options.AdminKey);
        await app.StartAsync(cancellationToken);
        return new SandboxHost(app, options, new Uri($"http://{options.Host}:{salesforcePort}/"), new Uri($"http://{options.Host}:{netSuitePort}/"))
        {
            HubSpotBaseUrl = new Uri($"http://{options.Host}:{hubSpotPort}/"),
        };
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C when run from the command line).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops serving and releases the ports.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
