using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace Integration.Sandbox.Tests.NetSuite.Webhooks;

/// <summary>A local HTTP endpoint that records each webhook (headers and body) and answers 200.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Channel<(string Timestamp, string Signature, string Body)> _received = Channel.CreateUnbounded<(string, string, string)>();
    private readonly Task _loop;

    public WebhookReceiver()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = new Uri($"http://127.0.0.1:{port}/hook/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Url { get; }

    public async Task<(string Timestamp, string Signature, string Body)> NextAsync(string awaited)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            return await _received.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"No webhook within 10 s while awaiting {awaited}.");
            throw;
        }
    }

    public bool TryNext(out (string Timestamp, string Signature, string Body) webhook) => _received.Reader.TryRead(out webhook);

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
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            _received.Writer.TryWrite((context.Request.Headers["X-NetSuite-Timestamp"] ?? string.Empty, context.Request.Headers["X-NetSuite-Signature"] ?? string.Empty, body));
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }
}
