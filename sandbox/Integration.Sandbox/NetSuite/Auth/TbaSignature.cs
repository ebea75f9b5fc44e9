using System.Security.Cryptography;
using System.Text;

namespace Integration.Sandbox.NetSuite.Auth;

/// <summary>
/// The OAuth 1.0a HMAC-SHA256 signature of RFC 5849 §3.4: base string
/// <c>METHOD&amp;enc(base URI)&amp;enc(sorted "enc(name)=enc(value)" pairs joined by &amp;)</c> over the query
/// parameters and the <c>oauth_*</c> header parameters (not <c>realm</c>, not <c>oauth_signature</c>); key
/// <c>enc(consumer secret)&amp;enc(token secret)</c>; result base64.
/// </summary>
internal static class TbaSignature
{
    public static string BaseString(string method, string baseUri, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var normalized = string.Join('&', parameters
            .Select(p => (Name: OAuthEncoding.Encode(p.Key), Value: OAuthEncoding.Encode(p.Value)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}"));
        return $"{method.ToUpperInvariant()}&{OAuthEncoding.Encode(baseUri)}&{OAuthEncoding.Encode(normalized)}";
    }

    public static string Sign(string baseString, string consumerSecret, string tokenSecret)
    {
        var key = Encoding.UTF8.GetBytes($"{OAuthEncoding.Encode(consumerSecret)}&{OAuthEncoding.Encode(tokenSecret)}");
        return Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(baseString)));
    }

    /// <summary>RFC 5849 §3.4.1.2: lower-case scheme and host, the port only when not the scheme's default, no query.</summary>
    public static string BaseUri(HttpRequest request)
    {
        var scheme = request.Scheme.ToLowerInvariant();
        var host = request.Host.Host.ToLowerInvariant();
        var port = request.Host.Port;
        var defaultPort = scheme == "https" ? 443 : 80;
        var authority = port is null || port == defaultPort ? host : $"{host}:{port}";
        return $"{scheme}://{authority}{request.PathBase}{request.Path}";
    }

    public static IEnumerable<KeyValuePair<string, string>> QueryParameters(string rawQuery)
    {
        foreach (var pair in rawQuery.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            yield return equals < 0
                ? new(OAuthEncoding.DecodeQueryComponent(pair), string.Empty)
                : new(OAuthEncoding.DecodeQueryComponent(pair[..equals]), OAuthEncoding.DecodeQueryComponent(pair[(equals + 1)..]));
        }
    }
}
