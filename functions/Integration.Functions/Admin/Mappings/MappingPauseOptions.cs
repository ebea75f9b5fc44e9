using System.ComponentModel.DataAnnotations;

namespace Integration.Functions.Admin.Mappings;

/// <summary>How the change processor reads the pause switches (<c>Sync:Pauses</c>).</summary>
public sealed class MappingPauseOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Sync:Pauses";

    /// <summary>
    /// How long the processor reuses the switches it read (default 5 s): at most one table query per this period per
    /// instance, so a pause or resume takes effect within it. Zero reads the table on every batch.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(5);
}
