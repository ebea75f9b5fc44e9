namespace Integration.Sandbox.HubSpot.RateLimits;

/// <summary>
/// A portal's limits: a rolling 10-second window per app, a daily count per portal (reset at midnight UTC; the
/// real reset follows the account's time zone), and a rolling one-second window per token for search. Search
/// requests count against the daily limit, not against the 10-second window. Refused requests count nowhere.
/// </summary>
internal sealed class PortalRateLimiter(HubSpotPortalOptions options)
{
    private static readonly TimeSpan TenSeconds = TimeSpan.FromSeconds(10);
    private readonly Lock _gate = new();
    private readonly Dictionary<long, RollingWindow> _perApp = [];
    private readonly Dictionary<string, RollingWindow> _searchPerToken = new(StringComparer.Ordinal);
    private DateOnly _day;

    public int TenSecondLimit { get; private set; } = options.TenSecondLimit;

    public long DailyLimit { get; private set; } = options.DailyLimit;

    public int SearchPerSecond { get; private set; } = options.SearchPerSecond;

    public long DailyUsed { get; private set; }

    public RateDecision Admit(long appId, DateTimeOffset now)
    {
        lock (_gate)
        {
            RollDay(now);
            if (DailyUsed >= DailyLimit)
            {
                return new RateDecision(RateDecision.Daily, TenSecondLimit, 0, DailyLimit, 0);
            }

            if (!_perApp.TryGetValue(appId, out var window))
            {
                _perApp[appId] = window = new RollingWindow(TenSeconds);
            }

            if (!window.TryAdmit(now, TenSecondLimit, out var remaining))
            {
                return new RateDecision(RateDecision.TenSecondly, TenSecondLimit, 0, DailyLimit, DailyLimit - DailyUsed);
            }

            DailyUsed++;
            return new RateDecision(null, TenSecondLimit, remaining, DailyLimit, DailyLimit - DailyUsed);
        }
    }

    public RateDecision AdmitSearch(string token, DateTimeOffset now)
    {
        lock (_gate)
        {
            RollDay(now);
            if (DailyUsed >= DailyLimit)
            {
                return new RateDecision(RateDecision.Daily, SearchPerSecond, 0, DailyLimit, 0);
            }

            if (!_searchPerToken.TryGetValue(token, out var window))
            {
                _searchPerToken[token] = window = new RollingWindow(TimeSpan.FromSeconds(1));
            }

            if (!window.TryAdmit(now, SearchPerSecond, out var remaining))
            {
                return new RateDecision(RateDecision.Search, SearchPerSecond, 0, DailyLimit, DailyLimit - DailyUsed);
            }

            DailyUsed++;
            return new RateDecision(null, SearchPerSecond, remaining, DailyLimit, DailyLimit - DailyUsed);
        }
    }

    /// <summary>Changes limits (null keeps a value) and optionally the usage of the day of <paramref name="now"/>; clears the windows.</summary>
    public void Set(int? tenSecondLimit, long? dailyLimit, int? searchPerSecond, long? dailyUsed, DateTimeOffset now)
    {
        lock (_gate)
        {
            RollDay(now);
            TenSecondLimit = tenSecondLimit ?? TenSecondLimit;
            DailyLimit = dailyLimit ?? DailyLimit;
            SearchPerSecond = searchPerSecond ?? SearchPerSecond;
            DailyUsed = dailyUsed ?? DailyUsed;
            _perApp.Clear();
            _searchPerToken.Clear();
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _perApp.Clear();
            _searchPerToken.Clear();
            DailyUsed = 0;
        }
    }

    private void RollDay(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (today != _day)
        {
            _day = today;
            DailyUsed = 0;
        }
    }
}
