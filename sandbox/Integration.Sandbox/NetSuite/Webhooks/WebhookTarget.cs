namespace Integration.Sandbox.NetSuite.Webhooks;

/// <summary>Where an account's User Event script posts, and the HMAC secret it signs with.</summary>
internal sealed record WebhookTarget(Uri Url, string Secret)
{
    /// <summary>Why a target cannot be used, or null: the URL must be absolute http(s) and the secret non-empty.</summary>
    public static string? Problem(Uri url, string? secret) =>
        !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) ? $"webhookUrl '{url}' must be an absolute http or https URL"
        : string.IsNullOrEmpty(secret) ? "webhookSecret is required with webhookUrl"
        : null;
}
