namespace Integration.Functions.LocalHost.Queues;

/// <summary>
/// The idle polling delay of the platform's queue listener (randomized exponential back-off, extension 5.x
/// RandomizedExponentialBackoffStrategy): after a poll that found messages the next idle wait is the minimum
/// (100 ms); each further empty poll adds minimum × 2^(n-1) × a random factor in [0.8, 1.2), capped at maxPollingInterval.
/// </summary>
internal sealed class PollingBackoff(TimeSpan minimum, TimeSpan maximum)
{
    private const double RandomizationFactor = 0.2;
    private TimeSpan _current;
    private int _exponent;

    /// <summary>The next wait; <paramref name="foundMessages"/> tells whether any poll since the last wait found messages.</summary>
    internal TimeSpan Next(bool foundMessages)
    {
        if (foundMessages)
        {
            _current = minimum;
            _exponent = 1;
            return _current;
        }

        if (_current == maximum)
        {
            return _current;
        }

        var next = minimum;
        if (_exponent > 0)
        {
#pragma warning disable CA5394 // Jitter, not security.
            var factor = 1.0 - RandomizationFactor + (Random.Shared.NextDouble() * 2 * RandomizationFactor);
#pragma warning restore CA5394
            next += TimeSpan.FromMilliseconds(factor * Math.Pow(2.0, _exponent - 1) * minimum.TotalMilliseconds);
        }

        if (next < maximum)
        {
            _current = next;
            _exponent++;
        }
        else
        {
            _current = maximum;
        }

        return _current;
    }
}
