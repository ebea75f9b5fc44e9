using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Integration.Sandbox.Hosting;

namespace Integration.Sandbox.HubSpot.Webhooks;

/// <summary>
/// Sends one batch: a POST of the JSON array to the target URL, signed (v3 and v1), with <c>attemptNumber</c>
/// counting from 0. Any non-2xx answer, connection failure or timeout is retried after
/// <c>RetryDelay × 2^attempt</c> (capped at 6 h), up to <c>MaxRetries</c> times, then abandoned.
/// </summary>
internal sealed class WebhookDelivery(WebhookConfiguration configuration, IHttpClientFactory clients, TimeProvider time, WebhookStats stats)
{
    public const string ClientName = "HubSpotWebhooks";
    private static readonly TimeSpan MaxBackOff = TimeSpan.FromHours(6);

    public WebhookConfiguration Configuration => configuration;

    public async Task DeliverAsync(JsonObject[] events, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            foreach (var item in events)
            {
                item["attemptNumber"] = attempt;
            }

            var status = await SendAsync(new JsonArray([.. events.Select(e => e.DeepClone())]).ToJsonString(SandboxJson.Options), cancellationToken);
            var succeeded = status is >= 200 and < 300;
            stats.Attempted(status, succeeded, events.Length);
            if (succeeded)
            {
                return;
            }

            if (attempt >= configuration.MaxRetries)
            {
                stats.Abandoned(events.Length);
                return;
            }

            var backOff = configuration.RetryDelay * Math.Pow(2, attempt);
            await Task.Delay(backOff < MaxBackOff ? backOff : MaxBackOff, time, cancellationToken);
        }
    }

    /// <summary>The HTTP status, or 0 for a connection failure or a timeout.</summary>
    private async Task<int> SendAsync(string body, CancellationToken cancellationToken)
    {
        var uri = configuration.TargetUrl.AbsoluteUri;
        var timestamp = time.GetUtcNow().ToUnixTimeMilliseconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, configuration.TargetUrl)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-HubSpot-Signature-v3", WebhookSigner.V3(configuration.ClientSecret, "POST", uri, body, timestamp));
        request.Headers.Add("X-HubSpot-Request-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-HubSpot-Signature", WebhookSigner.V1(configuration.ClientSecret, body));
        request.Headers.Add("X-HubSpot-Signature-Version", "v1");
        request.Headers.UserAgent.ParseAdd("HubSpot Connect 2.0 (http://dev.hubspot.com/) (namespace: webhooks-nonprod)");

        using var timeout = new CancellationTokenSource(configuration.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, linked.Token);
            return (int)response.StatusCode;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }
}
