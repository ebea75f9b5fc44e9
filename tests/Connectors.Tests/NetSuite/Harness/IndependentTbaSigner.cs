using System.Security.Cryptography;
using System.Text;

namespace Integration.Connectors.Tests.NetSuite.Harness;

/// <summary>
/// A second, differently written OAuth 1.0a HMAC-SHA256 signer (Uri.EscapeDataString, a sorted list of
/// encoded pairs, HMACSHA256 instance), used to check the connector's signatures and to verify headers
/// as a server would.
/// </summary>
internal static class IndependentTbaSigner
{
    public static string Signature(string method, Uri requestUri, IDictionary<string, string> oauthParameters, string consumerSecret, string tokenSecret)
    {
        var pairs = new List<string>();
        foreach (var (name, value) in oauthParameters)
        {
            pairs.Add(Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value));
        }

        if (requestUri.Query.Length > 1)
        {
            foreach (var part in requestUri.Query[1..].Split('&'))
            {
                var split = part.Split('=', 2);
                var name = Uri.UnescapeDataString(split[0].Replace('+', ' '));
                var value = split.Length > 1 ? Uri.UnescapeDataString(split[1].Replace('+', ' ')) : "";
                pairs.Add(Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value));
            }
        }

        pairs.Sort(StringComparer.Ordinal);
        var baseUri = requestUri.GetLeftPart(UriPartial.Path);
        var text = method.ToUpperInvariant() + "&" + Uri.EscapeDataString(baseUri) + "&" + Uri.EscapeDataString(string.Join("&", pairs));
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Uri.EscapeDataString(consumerSecret) + "&" + Uri.EscapeDataString(tokenSecret)));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Parses an <c>OAuth k="v", …</c> header value into decoded parameters.</summary>
    public static Dictionary<string, string> ParseHeader(string header)
    {
        var value = header.StartsWith("OAuth ", StringComparison.Ordinal) ? header[6..] : header;
        return value.Split(',', StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .ToDictionary(kv => kv[0], kv => Uri.UnescapeDataString(kv[1].Trim('"')));
    }

    /// <summary>Verifies a received header the way a server would: recompute over the request, compare the signature.</summary>
    public static bool Verify(string method, Uri requestUri, string header, string consumerSecret, string tokenSecret)
    {
        var parameters = ParseHeader(header);
        if (!parameters.Remove("oauth_signature", out var presented))
        {
            return false;
        }

        parameters.Remove("realm");
        return presented == Signature(method, requestUri, parameters, consumerSecret, tokenSecret);
    }
}
