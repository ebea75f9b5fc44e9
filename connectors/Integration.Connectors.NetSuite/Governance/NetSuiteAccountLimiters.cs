using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Integration.Connectors.NetSuite.Governance;

/// <summary>
/// One <see cref="ConcurrencyLimiter"/> per NetSuite account, shared by every connection and client of
/// that account: the limit is the account's, across REST, SOAP and RESTlets.
/// </summary>
internal sealed class NetSuiteAccountLimiters : IDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrencyLimiter> _limiters = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The account's limiter; the first connection of an account to ask sizes it.</summary>
    public ConcurrencyLimiter For(string accountId, int permits) =>
        _limiters.GetOrAdd(accountId, _ => new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = permits,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }
}
