using System.Security.Cryptography;
using System.Text;

namespace Integration.Sandbox.Tests.NetSuite;

/// <summary>
/// The test's own OAuth 1.0a HMAC-SHA256 signer (RFC 5849), written apart from the sandbox's verifier so a
/// shared misreading cannot make both agree; pinned by a vector computed with Python's hmac and urllib.
/// </summary>
public static class TbaSigner
{
    public static string Encode(string value) => Uri.EscapeDataString(value);

    public static string Signature(string method, Uri uri, IDictionary<string, string> oauth, string consumerSecret, string tokenSecret)
    {
        var pairs = new List<string>();
        foreach (var (name, value) in oauth)
        {
            pairs.Add(Encode(name) + "=" + Encode(value));
        }

        if (uri.Query.Length > 1)
        {
            foreach (var part in uri.Query[1..].Split('&'))
            {
                var kv = part.Split('=', 2);
                var name = Uri.UnescapeDataString(kv[0].Replace('+', ' '));
                var value = kv.Length > 1 ? Uri.UnescapeDataString(kv[1].Replace('+', ' ')) : string.Empty;
                pairs.Add(Encode(name) + "=" + Encode(value));
            }
        }

        pairs.Sort(StringComparer.Ordinal);
        var baseUri = uri.GetLeftPart(UriPartial.Path);
        var text = method.ToUpperInvariant() + "&" + Encode(baseUri) + "&" + Encode(string.Join("&", pairs));
        using var hmac = new HMACSHA256(Encoding.ASCII.GetBytes(Encode(consumerSecret) + "&" + Encode(tokenSecret)));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.ASCII.GetBytes(text)));
    }

    public static string Header(string realm, string method, Uri uri, string consumerKey, string consumerSecret, string token, string tokenSecret, long timestamp, string nonce, string signatureMethod = "HMAC-SHA256")
    {
        var oauth = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["oauth_consumer_key"] = consumerKey,
            ["oauth_token"] = token,
            ["oauth_signature_method"] = signatureMethod,
            ["oauth_timestamp"] = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["oauth_nonce"] = nonce,
            ["oauth_version"] = "1.0",
        };
        var signature = Signature(method, uri, oauth, consumerSecret, tokenSecret);
        var fields = oauth.Select(p => $"{p.Key}=\"{Encode(p.Value)}\"").Prepend($"realm=\"{realm}\"").Append($"oauth_signature=\"{Encode(signature)}\"");
        return "OAuth " + string.Join(", ", fields);
    }
}
