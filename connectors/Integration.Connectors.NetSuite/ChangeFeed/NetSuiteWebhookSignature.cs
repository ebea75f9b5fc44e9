using System.Security.Cryptography;
using System.Text;

namespace Integration.Connectors.NetSuite.ChangeFeed;

/// <summary>
/// The webhook signature: <c>sha256=</c> + lower-case hex of HMAC-SHA256 over
/// <c>"{timestamp}.{raw body}"</c> (the UTF-8 bytes of the timestamp header, a dot, then the body bytes as
/// received), keyed by the UTF-8 bytes of the connection's <c>WebhookSecret</c>.
/// </summary>
internal static class NetSuiteWebhookSignature
{
    public const string Prefix = "sha256=";

    public static byte[] Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + 1 + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, signed);
        signed[written] = (byte)'.';
        body.CopyTo(signed.AsSpan(written + 1));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
    }

    public static string Header(string secret, string timestamp, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(Compute(secret, timestamp, body));

    /// <summary>Constant-time comparison of the presented header with the expected signature; malformed headers never match.</summary>
    public static bool Matches(string? header, string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || header.Length != Prefix.Length + 64)
        {
            return false;
        }

        byte[] presented;
        try
        {
            presented = Convert.FromHexString(header.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(presented, Compute(secret, timestamp, body));
    }
}
