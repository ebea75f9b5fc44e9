using System.ComponentModel.DataAnnotations;

namespace Integration.Connectors.RequestBudget;

/// <summary>
/// The limits of one request budget (one vendor account and app). These are the starting values:
/// when <see cref="LearnFromHeaders"/> is on, the vendor's rate-limit headers replace them as
/// responses arrive.
/// </summary>
public sealed class RequestBudgetOptions
{
    /// <summary>Requests allowed in any rolling <see cref="Interval"/>. Default 100 (HubSpot Free/Starter per 10 s).</summary>
    [Range(1, 100_000)]
    public int RequestsPerInterval { get; set; } = 100;

    /// <summary>The rolling window <see cref="RequestsPerInterval"/> applies to. Default 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests allowed per UTC day; 0 for no daily limit. Default 250,000 (HubSpot Free/Starter).</summary>
    [Range(0, long.MaxValue)]
    public long DailyLimit { get; set; } = 250_000;

    /// <summary>
    /// Requests per second allowed for requests the client marks as secondly-limited (HubSpot
    /// search: 5 per second); 0 for none. Default 5.
    /// </summary>
    [Range(0, 10_000)]
    public int SecondlyLimit { get; set; } = 5;

    /// <summary>
    /// How full the rolling window (live and bulk requests together) may be made by bulk requests, as a
    /// share of <see cref="RequestsPerInterval"/>, between 0.05 and 1; bulk fills the rest only with
    /// slots that free within the time the rest takes at the full pace (1 s of a 10 s window at 0.9).
    /// Default 0.9. A long backfill still gets the whole rate that live requests leave, and a window
    /// filled by both lanes always frees a slot within about one pacing step, so live requests on top
    /// of a backfill do not wait for the window to roll (the HubSpot acceptance test measured waits of
    /// 1.6 s when bulk could fill the whole window). Lower it to keep room for callers outside this process.
    /// </summary>
    [Range(0.05, 1.0)]
    public double BulkShare { get; set; } = 0.9;

    /// <summary>
    /// Whether bulk requests are spread evenly (one per <see cref="Interval"/> / limit) instead of
    /// bursting: the window then frees a slot every step, so a live request never waits behind a
    /// full window of bulk requests for long. Default true.
    /// </summary>
    public bool PaceBulk { get; set; } = true;

    /// <summary>Whether limits and remaining counts sent by the vendor replace the configured ones. Default true.</summary>
    public bool LearnFromHeaders { get; set; } = true;

    /// <summary>How long the whole budget pauses after a 429 that carries no <c>Retry-After</c>. Default 2 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan PauseWithoutRetryAfter { get; set; } = TimeSpan.FromSeconds(2);
}
