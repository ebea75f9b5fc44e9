using System.Security.Cryptography;

namespace Integration.Connectors.NetSuite.Auth;

/// <summary>20 random alphanumeric characters (the length NetSuite recommends) from a cryptographic generator.</summary>
internal sealed class RandomNonceSource : INonceSource
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public string Next() => RandomNumberGenerator.GetString(Alphabet, 20);
}
