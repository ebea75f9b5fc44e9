using System.Security.Cryptography;
using System.Text;

namespace Integration.Sandbox.Tests.HubSpot.Webhooks;

/// <summary>
/// Signature v3 written from HubSpot's description, apart from the sandbox's code: base64 of HMAC-SHA256 keyed
/// with the client secret over UTF-8 of method, URI, body and timestamp concatenated.
/// </summary>
public static class IndependentSignatureV3
{
    public static string Compute(string clientSecret, string method, string uri, string body, string timestamp)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(clientSecret));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(string.Concat(method, uri, body, timestamp))));
    }

    public static bool IsValid(ReceivedDelivery delivery, string clientSecret, string uri) =>
        delivery.Headers.TryGetValue("X-HubSpot-Signature-v3", out var signature)
        && delivery.Headers.TryGetValue("X-HubSpot-Request-Timestamp", out var timestamp)
        && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(signature),
            Encoding.ASCII.GetBytes(Compute(clientSecret, delivery.Method, uri, delivery.Body, timestamp)));
}
