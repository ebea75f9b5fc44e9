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

    /// <summary>A bound on retained events per org besides time; default 2,000,000. Older events are purged as if expired.</summary>
    public int MaxRetainedEvents { get; init; } = 2_000_000;

    /// <summary>Most events one connect response carries; default 1,000.</summary>
    public int MaxEventsPerConnect { get; init; } = 1_000;

    /// <summary>Changes per transaction after which one GAP_OVERFLOW per entity replaces the rest; default 100,000.</summary>
    public int OverflowThreshold { get; init; } = 100_000;

    /// <summary>Whether subscribe, connect and disconnect need the <c>BAYEUX_BROWSER</c> cookie set by the handshake; default true.</summary>
    public bool RequireCookies { get; init; } = true;
}
