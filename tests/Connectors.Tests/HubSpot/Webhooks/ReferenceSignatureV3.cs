using System.Security.Cryptography;
using System.Text;

namespace Integration.Connectors.Tests.HubSpot.Webhooks;

/// <summary>
/// A second, independently written signature v3: streams the parts through IncrementalHash and
/// decodes the URI with a regular-expression-free replace chain, so a shared bug cannot hide.
/// </summary>
internal static class ReferenceSignatureV3
{
    public static string Sign(string secret, string method, string uri, string body, string timestamp)
    {
        var decoded = uri
            .Replace("%3A", ":", StringComparison.Ordinal).Replace("%2F", "/", StringComparison.Ordinal)
            .Replace("%3F", "?", StringComparison.Ordinal).Replace("%40", "@", StringComparison.Ordinal)
            .Replace("%21", "!", StringComparison.Ordinal).Replace("%24", "$", StringComparison.Ordinal)
            .Replace("%27", "'", StringComparison.Ordinal).Replace("%28", "(", StringComparison.Ordinal)
            .Replace("%29", ")", StringComparison.Ordinal).Replace("%2A", "*", StringComparison.Ordinal)
            .Replace("%2C", ",", StringComparison.Ordinal).Replace("%3B", ";", StringComparison.Ordinal);
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes(method));
        hmac.AppendData(Encoding.UTF8.GetBytes(decoded));
        hmac.AppendData(Encoding.UTF8.GetBytes(body));
        hmac.AppendData(Encoding.UTF8.GetBytes(timestamp));
        return Convert.ToBase64String(hmac.GetHashAndReset());
    }
}
