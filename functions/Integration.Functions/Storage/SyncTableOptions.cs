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

    /// <summary>Every table.</summary>
    public IEnumerable<string> All() => [CrossReference, Checkpoints, Conflicts, Errors, DeadLetters, MappingSwitches];
}
