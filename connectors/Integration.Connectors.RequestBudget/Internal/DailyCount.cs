namespace Integration.Connectors.RequestBudget.Internal;

/// <summary>
/// Requests left today. Counted locally per UTC day from the configured limit, and replaced by the
/// vendor's own count whenever a response carries it (HubSpot resets at midnight in the account's
/// time zone, which only its headers reveal).
/// </summary>
internal sealed class DailyCount(long limit)
{
    private long _limit = limit;
    private long _remaining = limit;
    private DateOnly _day = DateOnly.MinValue;

    public TimeSpan WaitAt(DateTimeOffset now)
    {
        if (_limit <= 0)
        {
            return TimeSpan.Zero;
        }

        Roll(now);
        return _remaining > 0 ? TimeSpan.Zero : now.UtcDateTime.Date.AddDays(1) - now.UtcDateTime;
    }

    public void Take(DateTimeOffset now)
    {
        if (_limit > 0)
        {
            Roll(now);
            _remaining--;
        }
    }

    public void Learn(long? daily, long? remaining, DateTimeOffset now)
    {
        Roll(now);
        if (daily is { } limit)
        {
            _limit = limit;
        }

        if (remaining is { } left)
        {
            _remaining = left;
        }
    }

    private void Roll(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (today != _day)
        {
            _day = today;
            _remaining = _limit;
        }
    }
}
