namespace Integration.Connectors.HubSpot.Webhooks;

/// <summary>
/// A webhook delivery as the HTTP function received it.
/// </summary>
/// <param name="Method">The HTTP method, e.g. <c>POST</c>.</param>
/// <param name="PublicUri">
/// The full URI exactly as HubSpot called it (scheme, host, path, query, encoding untouched);
/// behind a reverse proxy, build it with <see cref="HubSpotWebhookReceiver.ReconstructPublicUri"/>.
/// </param>
/// <param name="Body">The raw body bytes, unparsed.</param>
/// <param name="Headers">The request headers; names are matched case-insensitively.</param>
public sealed record HubSpotWebhookRequest(
    string Method,
    string PublicUri,
    ReadOnlyMemory<byte> Body,
    IReadOnlyDictionary<string, string> Headers)
{
    internal string? Header(string name)
    {
        if (Headers.TryGetValue(name, out var exact))
        {
            return exact;
        }

        return Headers.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
    }
}
