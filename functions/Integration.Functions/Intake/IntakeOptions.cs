using System.ComponentModel.DataAnnotations;

namespace Integration.Functions.Intake;

/// <summary>
/// How long the timer-driven intake runs per occurrence (<c>Sync:Intake</c>). The schedules themselves are the
/// <c>%Setting%</c> placeholders of <see cref="Settings.SyncSettings"/>.
/// </summary>
public sealed class IntakeOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Sync:Intake";

    /// <summary>
    /// How long one Salesforce CDC drain reads before it leaves (default 50 s: just before the next occurrence of the
    /// default one-minute schedule). Events arriving in the hand-over are replayed by the next occurrence.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SalesforceDrainDuration { get; set; } = TimeSpan.FromSeconds(50);

    /// <summary>The longest one NetSuite poll (per connection and object) may take (default 50 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan NetSuitePollDuration { get; set; } = TimeSpan.FromSeconds(50);

    /// <summary>How far before the last sweep the HubSpot sweep starts again, covering clock skew and late indexing (default 5 min).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan HubSpotSweepOverlap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many changed records the sweep puts in one batch of events (default 100).</summary>
    [Range(1, 10_000)]
    public int HubSpotSweepBatchSize { get; set; } = 100;
}
