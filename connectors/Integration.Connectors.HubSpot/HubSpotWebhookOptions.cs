using System.ComponentModel.DataAnnotations;

namespace Integration.Connectors.HubSpot;

/// <summary>Webhook intake (<c>HubSpot:Webhooks</c>): size and age limits, and how the public URI is rebuilt.</summary>
public sealed class HubSpotWebhookOptions
{
    /// <summary>The largest body accepted, in bytes; larger deliveries get 413. Default 1 MiB.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The oldest <c>X-HubSpot-Request-Timestamp</c> accepted. Default 5 minutes, as HubSpot documents.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxTimestampAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The public base URL HubSpot calls (scheme, host and path prefix, e.g.
    /// <c>https://sync.example.com/api</c>); when set, it replaces the scheme, host and prefix the
    /// function saw. Null: use forwarded headers (if trusted) or the request as seen.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Whether <c>X-Forwarded-Proto</c>, <c>-Host</c> and <c>-Prefix</c> from the reverse proxy are trusted. Default false.</summary>
    public bool TrustForwardedHeaders { get; set; }
}
