namespace Integration.Sandbox.Salesforce.Streaming;

/// <summary>Change Data Capture over CometD: long-poll timing, event retention and limits.</summary>
public sealed record StreamingOptions
{
    /// <summary>How long a <c>/meta/connect</c> is held when no event arrives (the advice <c>timeout</c>); default 110 s.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(110);

    /// <summary>A client that sends no new connect within this time after a response loses its session; default 40 s.</summary>
    public TimeSpan ReconnectTimeout { get; init; } = TimeSpan.FromSeconds(40);

    /// <summary>How long events stay replayable; default 72 hours, as for CDC.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromHours(72);

    /// <summary>
    /// A bound on retained events per org besides time (memory: about 1 KB each); default 500,000. Older events are
    /// purged as if expired, so their replay ids are rejected.
    /// </summary>
    public int MaxRetainedEvents { get; init; } = 500_000;

    /// <summary>Most events one connect response carries; default 1,000.</summary>
    public int MaxEventsPerConnect { get; init; } = 1_000;

    /// <summary>Changes per transaction after which one GAP_OVERFLOW per entity replaces the rest; default 100,000.</summary>
    public int OverflowThreshold { get; init; } = 100_000;

    /// <summary>Whether subscribe, connect and disconnect need the <c>BAYEUX_BROWSER</c> cookie set by the handshake; default true.</summary>
    public bool RequireCookies { get; init; } = true;

    /// <summary>Each setting out of range, named with its value, for the start-up validator.</summary>
    internal IEnumerable<string> Problems()
    {
        foreach (var (name, value) in ((string, TimeSpan)[])[(nameof(ConnectTimeout), ConnectTimeout), (nameof(ReconnectTimeout), ReconnectTimeout), (nameof(Retention), Retention)])
        {
            if (value <= TimeSpan.Zero)
            {
                yield return $"Salesforce:Streaming:{name} is {value}; it must be positive.";
            }
        }

        foreach (var (name, value) in ((string, int)[])[(nameof(MaxRetainedEvents), MaxRetainedEvents), (nameof(MaxEventsPerConnect), MaxEventsPerConnect), (nameof(OverflowThreshold), OverflowThreshold)])
        {
            if (value < 1)
            {
                yield return $"Salesforce:Streaming:{name} is {value}; it must be at least 1.";
            }
        }
    }
}
