using System.Globalization;
using System.Text.Json;
using Integration.Core.Changes;
using Microsoft.Extensions.Options;

namespace Integration.Connectors.HubSpot.Webhooks;

/// <summary>
/// Validates a HubSpot webhook delivery (size, signature v3, timestamp age) and parses its batch
/// into change events. The HTTP function answers <see cref="HubSpotWebhookResult.StatusCode"/> and
/// enqueues <see cref="HubSpotWebhookResult.Events"/> only when accepted.
/// </summary>
public sealed class HubSpotWebhookReceiver
{
    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-HubSpot-Signature-v3";

    /// <summary>The timestamp header (epoch milliseconds).</summary>
    public const string TimestampHeader = "X-HubSpot-Request-Timestamp";

    private readonly IOptionsMonitor<HubSpotOptions> _options;
    private readonly TimeProvider _time;

    internal HubSpotWebhookReceiver(IOptionsMonitor<HubSpotOptions> options, TimeProvider time)
    {
        _options = options;
        _time = time;
    }

    /// <summary>The largest body accepted, in bytes (<c>HubSpot:Webhooks:MaxBodyBytes</c>): read at most one byte more.</summary>
    public int MaxBodyBytes => _options.CurrentValue.Webhooks.MaxBodyBytes;

    /// <summary>
    /// Checks and parses one delivery for <paramref name="connection"/> (a name under
    /// <c>HubSpot:Connections</c> whose <c>ClientSecret</c> signs it; it is also the events' system).
    /// </summary>
    /// <param name="connection">The connection the delivery is for.</param>
    /// <param name="request">The delivery as received.</param>
    /// <returns>Accepted with events, or rejected with a status and reason.</returns>
    public HubSpotWebhookResult Receive(string connection, HubSpotWebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = _options.CurrentValue;
        if (request.Body.Length > options.Webhooks.MaxBodyBytes)
        {
            return HubSpotWebhookResult.Reject(413, $"The body is {request.Body.Length} bytes; at most {options.Webhooks.MaxBodyBytes} are accepted.");
        }

        if (!options.Connections.TryGetValue(connection, out var settings))
        {
            return HubSpotWebhookResult.Reject(404, $"No HubSpot connection named '{connection}' is configured.");
        }

        var secret = settings.ClientSecret;
        if (string.IsNullOrEmpty(secret))
        {
            throw new InvalidOperationException($"{HubSpotOptions.SectionName}:Connections:{connection}:ClientSecret is missing; it is needed to check webhook signatures.");
        }

        var rejection = CheckSignature(secret, request, options.Webhooks.MaxTimestampAge);
        return rejection ?? Parse(connection, request.Body);
    }

    /// <summary>
    /// The URI HubSpot called, rebuilt from what the function saw: the configured
    /// <c>PublicBaseUrl</c> wins; otherwise, when <c>TrustForwardedHeaders</c> is on,
    /// <c>X-Forwarded-Proto</c>, <c>X-Forwarded-Host</c> and <c>X-Forwarded-Prefix</c> (first values)
    /// replace the scheme, host and path prefix; otherwise the request as seen.
    /// </summary>
    /// <param name="scheme">The scheme the function saw (<c>http</c> behind a TLS-terminating proxy).</param>
    /// <param name="host">The host (and port) the function saw.</param>
    /// <param name="rawTarget">The raw path and query as received, still percent-encoded (ASP.NET Core: <c>IHttpRequestFeature.RawTarget</c>).</param>
    /// <param name="header">Reads a request header by name; null when absent.</param>
    /// <returns>The public URI to pass as <see cref="HubSpotWebhookRequest.PublicUri"/>.</returns>
    public string ReconstructPublicUri(string scheme, string host, string rawTarget, Func<string, string?> header) =>
        HubSpotPublicUri.Reconstruct(scheme, host, rawTarget, header, _options.CurrentValue.Webhooks);

    private HubSpotWebhookResult? CheckSignature(string secret, HubSpotWebhookRequest request, TimeSpan maxAge)
    {
        var signature = request.Header(SignatureHeader);
        var timestamp = request.Header(TimestampHeader);
        if (string.IsNullOrWhiteSpace(signature) || string.IsNullOrWhiteSpace(timestamp))
        {
            return HubSpotWebhookResult.Reject(401, $"The {SignatureHeader} or {TimestampHeader} header is missing.");
        }

        if (!long.TryParse(timestamp, NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds))
        {
            return HubSpotWebhookResult.Reject(401, $"{TimestampHeader} is not epoch milliseconds.");
        }

        var age = _time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(milliseconds, 0, 253_402_300_799_999));
        if (age > maxAge || age < -maxAge)
        {
            return HubSpotWebhookResult.Reject(401, $"{TimestampHeader} is {age.TotalSeconds:F0} s from now; at most {maxAge.TotalSeconds:F0} s is accepted.");
        }

        var expected = HubSpotSignatureV3.Compute(secret, request.Method, request.PublicUri, request.Body.Span, timestamp);
        return HubSpotSignatureV3.Matches(signature, expected)
            ? null
            : HubSpotWebhookResult.Reject(401, $"{SignatureHeader} does not match the method, URI, body and timestamp.");
    }

    private static HubSpotWebhookResult Parse(string connection, ReadOnlyMemory<byte> body)
    {
        List<HubSpotWebhookEvent>? items;
        try
        {
            items = JsonSerializer.Deserialize<List<HubSpotWebhookEvent>>(body.Span);
        }
        catch (JsonException exception)
        {
            return HubSpotWebhookResult.Reject(400, $"The body is not a JSON array of webhook events: {exception.Message}");
        }

        if (items is null)
        {
            return HubSpotWebhookResult.Reject(400, "The body is not a JSON array of webhook events: it is null.");
        }

        var events = new List<ChangeEvent>(items.Count);
        var ignored = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null || item.EventId is null || item.OccurredAt is null || (item.ObjectId is null && item.FromObjectId is null && item.PrimaryObjectId is null))
            {
                return HubSpotWebhookResult.Reject(400, $"Event {i} lacks eventId, occurredAt or objectId.");
            }

            if (HubSpotWebhookEventMapper.Map(connection, item) is { } change)
            {
                events.Add(change);
            }
            else
            {
                ignored++;
            }
        }

        return HubSpotWebhookResult.Accept(events, ignored);
    }
}
