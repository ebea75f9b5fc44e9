namespace Integration.Functions.Admin;

/// <summary>Names of the tables the management API reads directly (section <c>Sync:Tables</c>).</summary>
public sealed class SyncTableOptions
{
    /// <summary>The configuration section: <c>Sync:Tables</c>.</summary>
    public const string SectionName = "Sync:Tables";

    /// <summary>The checkpoints table (schema in <see cref="Status.TableStreamStatusSource"/>). Default <c>checkpoints</c>.</summary>
    public string Checkpoints { get; set; } = "checkpoints";

    /// <summary>The mapping pause switches table (schema in <see cref="Mappings.TableMappingSwitches"/>). Default <c>mappingswitches</c>.</summary>
    public string MappingSwitches { get; set; } = "mappingswitches";
}
