using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Integration.Sandbox.HubSpot.Webhooks;

/// <summary>
/// HubSpot's request signatures. v3 = base64(HMAC-SHA256(key = client secret, UTF-8(method + uri + body +
/// timestamp))) with the timestamp in epoch milliseconds; v1 = hex(SHA-256(secret + body)), still sent.
/// </summary>
internal static class WebhookSigner
{
    public static string V3(string clientSecret, string method, string uri, string body, long timestampMs)
    {
        var message = Encoding.UTF8.GetBytes(method + uri + body + timestampMs.ToString(CultureInfo.InvariantCulture));
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), message));
    }

    public static string V1(string clientSecret, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clientSecret + body)));
}
