using System.Net;
using Integration.Connectors.HubSpot.Webhooks;
using Integration.Core.Changes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Integration.Connectors.Tests.HubSpot.Acceptance;

/// <summary>
/// A loopback Kestrel endpoint (port 0) standing in for the function host's webhook function: it hands
/// each POST, with the public URI rebuilt from what it saw, to <see cref="HubSpotWebhookReceiver"/>,
/// answers the receiver's status, and keeps every delivery and the events of accepted ones.
/// </summary>
internal sealed class WebhookSink : IAsyncDisposable
{
    public const string Path = "/hooks/hubspot";
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<SinkDelivery> _deliveries = [];
    private readonly List<ChangeEvent> _accepted = [];
    private readonly SemaphoreSlim _arrived = new(0);

    private WebhookSink(WebApplication app) => _app = app;

    /// <summary>The URL to subscribe, query included, exactly as the sandbox will sign it.</summary>
    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<SinkDelivery> Deliveries
    {
        get
        {
            lock (_gate)
            {
                return [.. _deliveries];
            }
        }
    }

    public IReadOnlyList<ChangeEvent> Accepted
    {
        get
        {
            lock (_gate)
            {
                return [.. _accepted];
            }
        }
    }

    public static async Task<WebhookSink> StartAsync(HubSpotWebhookReceiver receiver, string connection)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var sink = new WebhookSink(app);
        app.MapPost(Path, (Delegate)((HttpContext http) => sink.ReceiveAsync(http, receiver, connection)));
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        sink.Url = new Uri($"{address.TrimEnd('/')}{Path}?portal=acceptance&v=3");
        return sink;
    }

    /// <summary>Waits until accepted deliveries hold at least <paramref name="count"/> events.</summary>
    public async Task<IReadOnlyList<ChangeEvent>> WaitForAcceptedAsync(int count, string awaited, TimeSpan timeout)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(timeout.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (Accepted.Count < count)
        {
            var left = TimeProvider.System.GetElapsedTime(TimeProvider.System.GetTimestamp(), deadline);
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left, TestContext.Current.CancellationToken))
            {
                throw new TimeoutException($"Awaited {awaited}: {Accepted.Count} of {count} events accepted within {timeout.TotalSeconds:F0} s; deliveries: {string.Join("; ", Deliveries.Select(d => $"{d.Status} {d.Reason}"))}");
            }
        }

        return Accepted;
    }

    private async Task<IResult> ReceiveAsync(HttpContext http, HubSpotWebhookReceiver receiver, string connection)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var headers = http.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var rawTarget = http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var publicUri = receiver.ReconstructPublicUri(http.Request.Scheme, http.Request.Host.Value!, rawTarget, name => headers.GetValueOrDefault(name));
        var result = receiver.Receive(connection, new HubSpotWebhookRequest(http.Request.Method, publicUri, buffer.ToArray(), headers));
        lock (_gate)
        {
            _deliveries.Add(new SinkDelivery(buffer.ToArray(), headers, publicUri, result.StatusCode, result.Reason));
            _accepted.AddRange(result.Events);
        }

        _arrived.Release();
        return Results.StatusCode(result.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}
