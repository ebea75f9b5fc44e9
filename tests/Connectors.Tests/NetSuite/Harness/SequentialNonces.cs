using Integration.Connectors.NetSuite.Auth;

namespace Integration.Connectors.Tests.NetSuite.Harness;

/// <summary>Nonces the test knows: the fixed one first, then <c>nonce000002</c>, <c>nonce000003</c>…</summary>
internal sealed class SequentialNonces(string first) : INonceSource
{
    private int _count;

    public string Next()
    {
        var count = Interlocked.Increment(ref _count);
        return count == 1 ? first : $"nonce{count:D6}";
    }
}
