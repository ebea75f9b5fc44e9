namespace Integration.Connectors.HubSpot.Webhooks;

/// <summary>Rebuilds the URI HubSpot called when a reverse proxy sits in front of the function.</summary>
internal static class HubSpotPublicUri
{
    public static string Reconstruct(string scheme, string host, string rawTarget, Func<string, string?> header, HubSpotWebhookOptions options)
    {
        var target = rawTarget.StartsWith('/') ? rawTarget : "/" + rawTarget;
        if (options.PublicBaseUrl is { } publicBase)
        {
            return publicBase.GetLeftPart(UriPartial.Path).TrimEnd('/') + target;
        }

        if (options.TrustForwardedHeaders)
        {
            scheme = First(header("X-Forwarded-Proto")) ?? scheme;
            host = First(header("X-Forwarded-Host")) ?? host;
            var prefix = First(header("X-Forwarded-Prefix"))?.TrimEnd('/') ?? string.Empty;
            if (prefix.Length > 0 && !prefix.StartsWith('/'))
            {
                prefix = "/" + prefix;
            }

            return $"{scheme}://{host}{prefix}{target}";
        }

        return $"{scheme}://{host}{target}";
    }

    // A proxy chain appends: "https, http" — the first value is what the client (HubSpot) used.
    private static string? First(string? value)
    {
        var first = value?.Split(',')[0].Trim();
        return string.IsNullOrEmpty(first) ? null : first;
    }
}
