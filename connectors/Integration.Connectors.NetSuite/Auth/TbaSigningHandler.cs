using System.Globalization;
using System.Net.Http.Headers;

namespace Integration.Connectors.NetSuite.Auth;

/// <summary>
/// Signs every request with NetSuite token-based authentication: OAuth 1.0a, HMAC-SHA256, RFC 5849.
/// Runs closest to the network so that each attempt (retries included) gets a fresh nonce and timestamp.
/// </summary>
internal sealed class TbaSigningHandler(TbaCredentials credentials, TimeProvider timeProvider, INonceSource nonces) : DelegatingHandler
{
    public const string SignatureMethod = "HMAC-SHA256";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var formBody = await ReadFormBodyAsync(request, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("OAuth", CreateHeaderValue(request.Method, request.RequestUri!, formBody));
        return await base.SendAsync(request, cancellationToken);
    }

    /// <summary>The value after <c>OAuth </c>: realm first (not signed), then the signed <c>oauth_*</c> parameters and the signature.</summary>
    internal string CreateHeaderValue(HttpMethod method, Uri uri, IReadOnlyList<KeyValuePair<string, string>> formBody)
    {
        var oauth = new List<KeyValuePair<string, string>>
        {
            new("oauth_consumer_key", credentials.ConsumerKey),
            new("oauth_token", credentials.TokenId),
            new("oauth_signature_method", SignatureMethod),
            new("oauth_timestamp", timeProvider.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            new("oauth_nonce", nonces.Next()),
            new("oauth_version", "1.0"),
        };

        var signed = oauth.Concat(QueryParameters(uri)).Concat(formBody);
        var baseString = OAuthSignatureBase.Create(method.Method, uri, signed);
        var signature = OAuthSignatureBase.Sign(baseString, credentials.ConsumerSecret, credentials.TokenSecret);

        var parts = new List<string> { $"realm=\"{OAuthPercentEncoding.Encode(credentials.Realm)}\"" };
        parts.AddRange(oauth.Select(pair => $"{pair.Key}=\"{OAuthPercentEncoding.Encode(pair.Value)}\""));
        parts.Add($"oauth_signature=\"{OAuthPercentEncoding.Encode(signature)}\"");
        return string.Join(", ", parts);
    }

    /// <summary>RFC 5849 §3.4.1.3.1: the query is parsed as form-encoded name/value pairs, repeated names kept.</summary>
    internal static IEnumerable<KeyValuePair<string, string>> QueryParameters(Uri uri) => ParseForm(uri.Query.TrimStart('?'));

    internal static IEnumerable<KeyValuePair<string, string>> ParseForm(string encoded)
    {
        foreach (var pair in encoded.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            yield return new(OAuthPercentEncoding.Decode(name, plusIsSpace: true), OAuthPercentEncoding.Decode(value, plusIsSpace: true));
        }
    }

    /// <summary>Form-encoded bodies are signed (§3.4.1.3.1); JSON bodies are not.</summary>
    private static async Task<IReadOnlyList<KeyValuePair<string, string>>> ReadFormBodyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content?.Headers.ContentType?.MediaType is not "application/x-www-form-urlencoded")
        {
            return [];
        }

        var body = await request.Content.ReadAsStringAsync(cancellationToken);
        return [.. ParseForm(body)];
    }
}
