using System.Globalization;
using System.Text;

namespace Integration.Sandbox.NetSuite.Webhooks;

/// <summary>
/// Posts queued changes with the named <see cref="ClientName"/> client. Webhook faults apply per delivery:
/// <c>DROP</c> sends nothing, <c>DUPLICATE</c> sends the same body twice, latency delays it (on the sandbox
/// clock, without holding up later deliveries). Like a User Event script, it never retries.
/// </summary>
internal sealed partial class WebhookSender(WebhookDispatcher dispatcher, IHttpClientFactory clients, TimeProvider time, ILogger<WebhookSender> logger) : BackgroundService
{
    public const string ClientName = "netsuite-webhooks";

    private long _sequence;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var delivery in dispatcher.Reader.ReadAllAsync(stoppingToken))
        {
            var path = $"/{delivery.Change.Type.RestName}/{delivery.Change.EventType}";
            var latency = delivery.Account.WebhookFaults.Decide("POST", path).Latency;
            var special = delivery.Account.WebhookFaults.DecideRecord("POST", path)?.ErrorCode;
            if (string.Equals(special, "DROP", StringComparison.OrdinalIgnoreCase))
            {
                delivery.Account.WebhookStats.CountDropped();
                continue;
            }

            var copies = string.Equals(special, "DUPLICATE", StringComparison.OrdinalIgnoreCase) ? 2 : 1;
            if (latency > TimeSpan.Zero)
            {
                _ = DelayedAsync(delivery, latency, copies, stoppingToken);
                continue;
            }

            await SendAsync(delivery, copies, stoppingToken);
        }
    }

    private async Task DelayedAsync(WebhookDelivery delivery, TimeSpan latency, int copies, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(latency, time, cancellationToken);
            await SendAsync(delivery, copies, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The sandbox is stopping; a pending delayed webhook is lost, as on a real shutdown.
        }
    }

    private async Task SendAsync(WebhookDelivery delivery, int copies, CancellationToken cancellationToken)
    {
        if (delivery.Account.Webhook is not { } target)
        {
            return;
        }

        var now = time.GetUtcNow();
        var body = WebhookPayload.Render(delivery, Interlocked.Increment(ref _sequence));
        var unix = now.ToUnixTimeSeconds();
        var signature = WebhookSignature.Compute(target.Secret, unix, body);
        for (var copy = 0; copy < copies; copy++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add(WebhookSignature.TimestampHeader, unix.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add(WebhookSignature.SignatureHeader, signature);
            try
            {
                using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    delivery.Account.WebhookStats.CountSent();
                }
                else
                {
                    delivery.Account.WebhookStats.CountFailed();
                    LogRejected(delivery.Account.AccountId, target.Url, (int)response.StatusCode);
                }
            }
            catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Unreachable or timed out: counted and logged; N/https gives the script an error and nothing retries.
                delivery.Account.WebhookStats.CountFailed();
                LogUnreachable(delivery.Account.AccountId, target.Url, exception.Message);
            }

            if (copy > 0)
            {
                delivery.Account.WebhookStats.CountDuplicated();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "NetSuite account {AccountId}: webhook to {Url} answered {Status}; not retried")]
    private partial void LogRejected(string accountId, Uri url, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "NetSuite account {AccountId}: webhook to {Url} failed: {Reason}; not retried")]
    private partial void LogUnreachable(string accountId, Uri url, string reason);
}
