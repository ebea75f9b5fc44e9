using System.Collections.Concurrent;
using Integration.Connectors.NetSuite.ChangeFeed;
using Integration.Core.Changes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Integration.Connectors.Tests.NetSuite.Acceptance;

/// <summary>
/// A minimal webhook intake on a loopback port (Kestrel): it hands each raw body and its signature headers to
/// <see cref="NetSuiteWebhookReceiver"/>, answers with the receiver's status, and keeps the events it accepted.
/// </summary>
public sealed class NetSuiteWebhookEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(ChangeEvent Event, DateTimeOffset ReceivedAt)> _accepted = new();
    private int _rejected;

    private NetSuiteWebhookEndpoint(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public IReadOnlyCollection<(ChangeEvent Event, DateTimeOffset ReceivedAt)> Accepted => _accepted;

    public int Rejected => Volatile.Read(ref _rejected);

    public static async Task<NetSuiteWebhookEndpoint> StartAsync(NetSuiteWebhookReceiver receiver, string connection, string system, TimeProvider clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var endpoint = new NetSuiteWebhookEndpoint(app);
        app.MapPost("/netsuite/webhook", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            var result = await receiver.ReceiveAsync(
                connection,
                system,
                request.Headers[NetSuiteWebhookReceiver.TimestampHeader],
                request.Headers[NetSuiteWebhookReceiver.SignatureHeader],
                request.Body,
                cancellationToken);
            if (result.Accepted)
            {
                foreach (var change in result.Events)
                {
                    endpoint._accepted.Enqueue((change, clock.GetUtcNow()));
                }
            }
            else
            {
                Interlocked.Increment(ref endpoint._rejected);
            }

            return Results.StatusCode(result.StatusCode);
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        endpoint.Url = new Uri(new Uri(address), "/netsuite/webhook");
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
