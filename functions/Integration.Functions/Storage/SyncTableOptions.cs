using System.ComponentModel.DataAnnotations;

namespace Integration.Functions.Storage;

/// <summary>The pipeline's tables (<c>Sync:Tables</c>), created at start when sync is enabled.</summary>
public sealed class SyncTableOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Sync:Tables";

    private const string TableName = "^[A-Za-z][A-Za-z0-9]{2,62}$";

    /// <summary>Cross-reference rows (default <c>synccrossreference</c>).</summary>
    [Required]
    [RegularExpression(TableName)]
    public string CrossReference { get; set; } = "synccrossreference";

    /// <summary>Stream checkpoints: replay ids, poll cursors, sweep times (default <c>synccheckpoints</c>).</summary>
    [Required]
    [RegularExpression(TableName)]
    public string Checkpoints { get; set; } = "synccheckpoints";

    /// <summary>Settled conflicts (default <c>syncconflicts</c>).</summary>
    [Required]
    [RegularExpression(TableName)]
    public string Conflicts { get; set; } = "syncconflicts";

    /// <summary>Sync errors (default <c>syncerrors</c>).</summary>
    [Required]
    [RegularExpression(TableName)]
    public string Errors { get; set; } = "syncerrors";

    /// <summary>Dead-lettered write commands (default <c>syncdeadletters</c>).</summary>
    [Required]
    [RegularExpression(TableName)]
    public string DeadLetters { get; set; } = "syncdeadletters";

    /// <summary>Mapping pause switches set through the management API (default <c>syncmappingswitches</c>).</summary>
    [Required]
    [RegularExpression(TableName)]
    public string MappingSwitches { get; set; } = "syncmappingswitches";

    /// <summary>
    /// How long a process remembers the cross-reference rows it read or wrote, so that the destination writer does not
    /// read again the rows the change processor has just read (default 30 seconds; zero turns it off). A row changed by
    /// another instance meanwhile costs a conflict and a re-read, never a wrong link.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RememberCrossReferenceFor { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Every table.</summary>
    public IEnumerable<string> All() => [CrossReference, Checkpoints, Conflicts, Errors, DeadLetters, MappingSwitches];
}
