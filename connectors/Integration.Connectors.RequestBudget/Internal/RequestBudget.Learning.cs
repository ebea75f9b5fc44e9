namespace Integration.Connectors.RequestBudget.Internal;

/// <summary>What the budget learns from responses: vendor limits, remaining counts, 429 pauses.</summary>
internal sealed partial class RequestBudget
{
    /// <summary>
    /// A granted request was answered (or failed): from now on it counts from this instant, not from
    /// its grant. The vendor counted it on arrival, after the grant, so a slot freed one interval after
    /// the grant could still be taken on the vendor's side; one interval after the answer it is free.
    /// </summary>
    public void Answered(BudgetGrant grant)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            _window.Answered(grant.Window, now);
            if (grant.SecondlyWindow is { } secondly)
            {
                _secondlyWindow?.Answered(secondly, now);
            }

            Signal();
        }
    }

    /// <summary>Applies what one response said; returns the pause a 429 started, if any.</summary>
    public TimeSpan? Observe(RateLimitObservation observation)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            TimeSpan? pause = null;
            if (observation.Throttled)
            {
                pause = observation.RetryAfter ?? _options.PauseWithoutRetryAfter;
                var until = now + pause.Value;
                if (until > _pausedUntil)
                {
                    _pausedUntil = until;
                }
            }

            if (_options.LearnFromHeaders)
            {
                LearnWindow(observation, now);
                if (observation.Daily is not null || observation.DailyRemaining is not null)
                {
                    _daily.Learn(observation.Daily, observation.DailyRemaining, now);
                }
            }

            Signal();
            return pause;
        }
    }

    private void LearnWindow(RateLimitObservation observation, DateTimeOffset now)
    {
        if (observation.Interval is { } interval)
        {
            _window.Length = interval;
        }

        if (observation.Max is { } max and > 0)
        {
            _window.Limit = max;
        }

        if (observation.Remaining is { } remaining)
        {
            // The vendor counted more than we granted: other processes or apps share the limit.
            // Count their requests as ours until they leave the window.
            var usedByVendor = _window.Limit - remaining;
            var usedHere = _window.CountAt(now);
            if (usedByVendor > usedHere)
            {
                _window.Record(now, usedByVendor - usedHere);
            }
        }
    }
}
