using System.Security.Cryptography;
using System.Text;

namespace Integration.Functions.Admin.Access;

/// <summary>How a configured API key is turned into the SHA-256 digest the verifier compares.</summary>
internal static class ApiKeyVerifierRules
{
    private const string HashPrefix = "sha256:";

    public static bool IsHashForm(string? configured) =>
        configured is not null && configured.StartsWith(HashPrefix, StringComparison.OrdinalIgnoreCase);

    public static bool TryParseHash(string configured, out byte[] digest)
    {
        digest = [];
        var hex = configured[HashPrefix.Length..];
        if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        digest = Convert.FromHexString(hex);
        return true;
    }

    public static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
