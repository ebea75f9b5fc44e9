using System.ComponentModel.DataAnnotations;

namespace Integration.Connectors.Salesforce;

/// <summary>
/// The Change Data Capture feed over the Streaming API (CometD/Bayeux long polling), bound from
/// <c>Salesforce:Streaming</c>. One feed reads one channel of one connection.
/// </summary>
public sealed class SalesforceStreamingOptions
{
    /// <summary>
    /// The CDC channel subscribed to: <c>/data/ChangeEvents</c> (every object selected for CDC) or a per-object
    /// channel such as <c>/data/AccountChangeEvent</c> or <c>/data/Employee__ChangeEvent</c>. Default <c>/data/ChangeEvents</c>.
    /// </summary>
    [Required]
    [RegularExpression(@"^/data/[A-Za-z0-9_]+$")]
    public string Channel { get; init; } = "/data/ChangeEvents";

    /// <summary>
    /// The objects a resync covers when the checkpointed replay id has expired and <see cref="Channel"/> is
    /// <c>/data/ChangeEvents</c> (a per-object channel names its object itself). Empty by default: an expired
    /// replay id on the all-objects channel then fails the read, naming this key.
    /// </summary>
    public List<string> Objects { get; init; } = [];

    /// <summary>The replay id subscribed with when a read starts without a checkpoint: -1 (new events only) or -2 (every retained event, up to 72 h). Default -1.</summary>
    [Range(-2, -1)]
    public int InitialReplayId { get; init; } = -1;

    /// <summary>
    /// How long one read lasts before it disconnects and ends; null reads until cancelled. A timer-triggered
    /// drain sets it a little below its schedule's period. Default null.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan? MaxReadDuration { get; init; }

    /// <summary>
    /// The HTTP timeout of one <c>/meta/connect</c> long poll. It must exceed the server's advice timeout
    /// (110 s on Salesforce); when the advice asks for longer, the advice plus 10 s is used. Default 120 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The HTTP timeout of a handshake, subscribe or disconnect. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The first back-off after a failed exchange; doubled per consecutive failure, jittered. Default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest back-off between attempts. Default 60 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Consecutive failed exchanges (transport errors, refused handshakes) after which a read fails. Default 10.</summary>
    [Range(1, 1_000)]
    public int MaxConsecutiveFailures { get; init; } = 10;

    /// <summary>
    /// Subtracted from a resync's start time (overflow commit time, checkpoint time), because SystemModstamp is
    /// stamped during a transaction, before its commit. Default 5 min.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan ResyncSafetyMargin { get; init; } = TimeSpan.FromMinutes(5);
}
