namespace Integration.Connectors.Salesforce.Streaming;

/// <summary>
/// The wait after consecutive failed exchanges: the base delay doubled per failure, capped, with "equal jitter"
/// (half fixed, half random) so that many feeds reconnecting after one outage spread out.
/// </summary>
internal sealed class BayeuxBackoff(TimeSpan baseDelay, TimeSpan maxDelay, int maxFailures)
{
    public int Failures { get; private set; }

    /// <summary>Counts a failure; false once <c>maxFailures</c> consecutive failures happened.</summary>
    public bool Fail()
    {
        Failures++;
        return Failures < maxFailures;
    }

    public void Reset() => Failures = 0;

    /// <summary>The wait before the next attempt; zero when nothing failed.</summary>
    public TimeSpan Next()
    {
        if (Failures == 0)
        {
            return TimeSpan.Zero;
        }

        var exponential = baseDelay.Ticks * Math.Pow(2, Math.Min(Failures - 1, 30));
        var capped = Math.Min(exponential, maxDelay.Ticks);
#pragma warning disable CA5394 // Jitter spreads reconnects; it needs no cryptographic randomness.
        var jittered = (capped / 2) + (Random.Shared.NextDouble() * capped / 2);
#pragma warning restore CA5394
        return TimeSpan.FromTicks((long)jittered);
    }
}
