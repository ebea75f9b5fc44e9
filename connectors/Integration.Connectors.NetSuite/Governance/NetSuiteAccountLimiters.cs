using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Integration.Connectors.NetSuite.Governance;

/// <summary>
/// One <see cref="ConcurrencyLimiter"/> per NetSuite account, shared by every connection and client of
/// that account: the limit is the account's, across REST, SOAP and RESTlets. Beside it, a bulk-lane
/// limiter per account with one permit fewer (when the limit allows), so that backfill writes never
/// hold every permit and live writes always find one.
/// </summary>
internal sealed class NetSuiteAccountLimiters : IDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrencyLimiter> _limiters = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, ConcurrencyLimiter> _bulkLanes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The account's limiter; the first connection of an account to ask sizes it.</summary>
    public ConcurrencyLimiter For(string accountId, int permits) => _limiters.GetOrAdd(accountId, _ => Create(permits));

    /// <summary>The account's bulk lane: <c>permits - 1</c> (at least 1) bulk requests at once.</summary>
    public ConcurrencyLimiter BulkLaneFor(string accountId, int permits) => _bulkLanes.GetOrAdd(accountId, _ => Create(Math.Max(1, permits - 1)));

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values.Concat(_bulkLanes.Values))
        {
            limiter.Dispose();
        }
    }

    private static ConcurrencyLimiter Create(int permits) => new(new ConcurrencyLimiterOptions
    {
        PermitLimit = permits,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });
}
