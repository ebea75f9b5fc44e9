using System.Collections.Concurrent;

namespace Integration.Sandbox.NetSuite.Auth;

/// <summary>
/// Nonce and timestamp pairs seen per token; a pair seen again is a replay (Login Audit Trail: NonceUsed).
/// Entries older than the timestamp window are forgotten, since such a request fails the window anyway.
/// </summary>
internal sealed class NonceLedger
{
    private readonly ConcurrentDictionary<(string Token, string Nonce, long Timestamp), long> _seen = new();
    private long _lastSweep;

    public bool TryRecord(string token, string nonce, long timestamp, long nowUnix, long windowSeconds)
    {
        if (nowUnix - Interlocked.Read(ref _lastSweep) > windowSeconds)
        {
            Interlocked.Exchange(ref _lastSweep, nowUnix);
            foreach (var key in _seen.Keys.Where(k => k.Timestamp < nowUnix - windowSeconds))
            {
                _seen.TryRemove(key, out _);
            }
        }

        return _seen.TryAdd((token, nonce, timestamp), timestamp);
    }
}
