namespace Integration.Sandbox.NetSuite.Governance;

/// <summary>
/// An account's concurrency governance: at most <see cref="Limit"/> requests in flight; one more is refused
/// (REST answers 429 CONCURRENCY_LIMIT_EXCEEDED) rather than queued.
/// </summary>
internal sealed class ConcurrencyGate(int limit)
{
    private int _inFlight;
    private long _rejected;

    public int Limit { get; set; } = limit;

    public int InFlight => Volatile.Read(ref _inFlight);

    public long Rejected => Interlocked.Read(ref _rejected);

    public bool TryEnter()
    {
        while (true)
        {
            var current = Volatile.Read(ref _inFlight);
            if (current >= Limit)
            {
                Interlocked.Increment(ref _rejected);
                return false;
            }

            if (Interlocked.CompareExchange(ref _inFlight, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    public void Exit() => Interlocked.Decrement(ref _inFlight);

    public void ResetCounters() => Interlocked.Exchange(ref _rejected, 0);
}
