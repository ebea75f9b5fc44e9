using System.Security.Cryptography;
using System.Text;

namespace Integration.Connectors.HubSpot.Webhooks;

/// <summary>
/// Signature v3: <c>base64(HMAC-SHA256(key = client secret, message = UTF-8(method + uri + body + timestamp)))</c>,
/// over the raw body bytes (never a re-serialised body) and the URI decoded by <see cref="HubSpotSignatureUri"/>.
/// </summary>
internal static class HubSpotSignatureV3
{
    public static byte[] Compute(string clientSecret, string method, string uri, ReadOnlySpan<byte> body, string timestamp)
    {
        var prefix = Encoding.UTF8.GetBytes(method + HubSpotSignatureUri.Decode(uri));
        var suffix = Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[prefix.Length + body.Length + suffix.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        suffix.CopyTo(message, prefix.Length + body.Length);
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), message);
    }

    /// <summary>Whether <paramref name="signature"/> (base64) is the expected one, compared in constant time.</summary>
    public static bool Matches(string signature, byte[] expected)
    {
        var provided = new byte[expected.Length + 8];
        if (!Convert.TryFromBase64String(signature.Trim(), provided, out var written))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(provided.AsSpan(0, written), expected);
    }
}
