using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Integration.Sandbox.Tests.HubSpot.Webhooks;

/// <summary>
/// A loopback HTTP endpoint (HttpListener) that records each webhook POST and answers with scripted statuses
/// (200 once the script is used up). Tests await deliveries with a timeout that names what was awaited.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Channel<ReceivedDelivery> _received = Channel.CreateUnbounded<ReceivedDelivery>();
    private readonly ConcurrentQueue<int> _statuses;
    private readonly Task _loop;

    public WebhookReceiver(params int[] statuses)
    {
        _statuses = new ConcurrentQueue<int>(statuses);
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/hubspot/webhooks?source=sandbox";
            probe.Stop();
        }

        _listener.Prefixes.Add(Url[..(Url.IndexOf("/hubspot", StringComparison.Ordinal) + 1)]);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>The target URL to configure, exactly as the sandbox must sign it.</summary>
    public string Url { get; }

    public async Task<ReceivedDelivery> NextAsync(string awaited, int seconds = 10)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
        try
        {
            return await _received.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No webhook delivery within {seconds} s while awaiting {awaited}.");
        }
    }

    /// <summary>Collects deliveries until <paramref name="events"/> events arrived.</summary>
    public async Task<List<ReceivedDelivery>> CollectAsync(int events, string awaited)
    {
        var deliveries = new List<ReceivedDelivery>();
        while (deliveries.Sum(d => d.Events.Count) < events)
        {
            deliveries.Add(await NextAsync($"{awaited} ({deliveries.Sum(d => d.Events.Count)} of {events} events so far)"));
        }

        return deliveries;
    }

    public bool TryTakeExtra(out ReceivedDelivery? delivery) => _received.Reader.TryRead(out delivery);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            var status = _statuses.TryDequeue(out var scripted) ? scripted : 200;
            context.Response.StatusCode = status;
            context.Response.Close();
            var headers = context.Request.Headers.AllKeys.ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            _received.Writer.TryWrite(new ReceivedDelivery(context.Request.HttpMethod, headers, body, JsonNode.Parse(body)!.AsArray().Select(e => e!.AsObject()).ToList(), status));
        }
    }
}
