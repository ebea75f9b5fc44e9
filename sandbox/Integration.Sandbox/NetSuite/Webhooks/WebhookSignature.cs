using System.Security.Cryptography;
using System.Text;

namespace Integration.Sandbox.NetSuite.Webhooks;

/// <summary>
/// The signature the emulated script sends: <c>X-NetSuite-Signature: sha256=&lt;lower-case hex of
/// HMAC-SHA256(secret, "&lt;X-NetSuite-Timestamp&gt;." + body)&gt;</c>, the secret and body as UTF-8 bytes.
/// </summary>
internal static class WebhookSignature
{
    public const string SignatureHeader = "X-NetSuite-Signature";
    public const string TimestampHeader = "X-NetSuite-Timestamp";

    public static string Compute(string secret, long unixSeconds, string body)
    {
        var message = Encoding.UTF8.GetBytes($"{unixSeconds}.{body}");
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
        return "sha256=" + Convert.ToHexStringLower(mac);
    }
}
