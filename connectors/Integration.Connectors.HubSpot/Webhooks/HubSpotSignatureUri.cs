using System.Text;

namespace Integration.Connectors.HubSpot.Webhooks;

/// <summary>
/// The URI as HubSpot signs it (signature v3): exactly these twelve percent-encoded sequences
/// are decoded, nothing else (so <c>%20</c>, <c>%26</c>, <c>%3D</c>, <c>%2B</c> stay encoded).
/// Only upper-case hex is listed by HubSpot; lower-case sequences are left as they are.
/// </summary>
internal static class HubSpotSignatureUri
{
    private static readonly Dictionary<string, char> Decoded = new(StringComparer.Ordinal)
    {
        ["%3A"] = ':',
        ["%2F"] = '/',
        ["%3F"] = '?',
        ["%40"] = '@',
        ["%21"] = '!',
        ["%24"] = '$',
        ["%27"] = '\'',
        ["%28"] = '(',
        ["%29"] = ')',
        ["%2A"] = '*',
        ["%2C"] = ',',
        ["%3B"] = ';',
    };

    public static string Decode(string uri)
    {
        var decoded = new StringBuilder(uri.Length);
        for (var i = 0; i < uri.Length; i++)
        {
            if (uri[i] == '%' && i + 2 < uri.Length && Decoded.TryGetValue(uri.Substring(i, 3), out var character))
            {
                decoded.Append(character);
                i += 2;
            }
            else
            {
                decoded.Append(uri[i]);
            }
        }

        return decoded.ToString();
    }
}
