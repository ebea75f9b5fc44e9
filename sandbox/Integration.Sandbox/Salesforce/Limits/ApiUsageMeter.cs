namespace Integration.Sandbox.Salesforce.Limits;

/// <summary>
/// The org's daily API request allocation. Every counted request consumes one call; once the limit is
/// reached calls fail with REQUEST_LIMIT_EXCEEDED until the 24-hour window that began with the first call ends.
/// </summary>
internal sealed class ApiUsageMeter(long limit, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);
    private readonly Lock _gate = new();
    private DateTimeOffset? _windowStart;

    public long Limit { get; private set; } = limit;
    public long Used { get; private set; }

    /// <summary>Counts one call; false when the allocation is already spent (the call is not counted).</summary>
    public bool TryConsume(out long used, out long max)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_windowStart is null || now - _windowStart >= Window)
            {
                _windowStart = now;
                Used = 0;
            }

            var allowed = Used < Limit;
            if (allowed)
            {
                Used++;
            }

            used = Used;
            max = Limit;
            return allowed;
        }
    }

    public void Set(long limit, long? used)
    {
        lock (_gate)
        {
            Limit = limit;
            Used = used ?? Used;
            _windowStart ??= time.GetUtcNow();
        }
    }

    public void Reset() => Set(Limit, 0);
}
