namespace Integration.Connectors.NetSuite.Governance;

/// <summary>
/// Exponential back-off with jitter for CONCURRENCY_LIMIT_EXCEEDED (NetSuite sends no Retry-After):
/// attempt n (1-based) waits between half and all of <c>baseDelay × 2^(n-1)</c>, capped at <paramref name="maxDelay"/>.
/// </summary>
internal sealed class ConcurrencyBackoff(TimeSpan baseDelay, TimeSpan maxDelay)
{
    /// <param name="attempt">The retry number, from 1.</param>
    /// <param name="jitter">A value in [0, 1): 0 gives half the exponential delay, towards 1 the whole.</param>
    public TimeSpan DelayFor(int attempt, double jitter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (0.5 * Math.Clamp(jitter, 0, 1))));
    }
}
