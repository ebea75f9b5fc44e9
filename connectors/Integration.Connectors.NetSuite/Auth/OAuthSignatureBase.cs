using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Integration.Connectors.NetSuite.Auth;

/// <summary>
/// The RFC 5849 §3.4.1 signature base string and the HMAC-SHA256 signature over it (§3.4.2, with
/// SHA-256 as NetSuite requires since 2023.1).
/// </summary>
internal static class OAuthSignatureBase
{
    /// <summary>
    /// <c>METHOD&amp;pct(base URI)&amp;pct(normalised parameters)</c>. <paramref name="parameters"/> are the
    /// decoded query, form-body and <c>oauth_*</c> parameters (never <c>realm</c> or <c>oauth_signature</c>).
    /// </summary>
    public static string Create(string method, Uri uri, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var normalised = string.Join('&', parameters
            .Select(pair => (Name: OAuthPercentEncoding.Encode(pair.Key), Value: OAuthPercentEncoding.Encode(pair.Value)))
            .OrderBy(pair => pair.Name, StringComparer.Ordinal)
            .ThenBy(pair => pair.Value, StringComparer.Ordinal)
            .Select(pair => $"{pair.Name}={pair.Value}"));

        return string.Join('&',
            method.ToUpperInvariant(),
            OAuthPercentEncoding.Encode(BaseUri(uri)),
            OAuthPercentEncoding.Encode(normalised));
    }

    /// <summary>§3.4.1.2: lower-case scheme and host, the port only when not the scheme's default, the path, no query or fragment.</summary>
    public static string BaseUri(Uri uri)
    {
        var scheme = uri.Scheme.ToLowerInvariant();
        var host = uri.Host.ToLowerInvariant();
        var port = uri.IsDefaultPort ? string.Empty : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        return $"{scheme}://{host}{port}{uri.AbsolutePath}";
    }

    /// <summary>Base64 of HMAC-SHA256 over <paramref name="baseString"/> keyed by <c>pct(consumerSecret)&amp;pct(tokenSecret)</c>.</summary>
    public static string Sign(string baseString, string consumerSecret, string tokenSecret)
    {
        var key = Encoding.ASCII.GetBytes(OAuthPercentEncoding.Encode(consumerSecret) + "&" + OAuthPercentEncoding.Encode(tokenSecret));
        return Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(baseString)));
    }
}
