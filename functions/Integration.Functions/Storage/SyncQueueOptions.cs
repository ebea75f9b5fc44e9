using System.ComponentModel.DataAnnotations;
using Integration.Core.Plans;
using Integration.Functions.Settings;

namespace Integration.Functions.Storage;

/// <summary>
/// The pipeline's queues (<c>Sync:Queues</c>). Writes queues are per system <em>kind</em>, so one writer function per
/// vendor serves every plan system of that kind (commands carry their target system). The same keys are the
/// triggers' <c>%Setting%</c> placeholders (<see cref="SyncSettings"/>).
/// </summary>
public sealed class SyncQueueOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Sync:Queues";

    /// <summary>Change notifications (default <c>changes</c>).</summary>
    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string Changes { get; set; } = "changes";

    /// <summary>Writes to Salesforce systems (default <c>writes-salesforce</c>).</summary>
    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string WritesSalesforce { get; set; } = "writes-salesforce";

    /// <summary>Writes to HubSpot systems (default <c>writes-hubspot</c>).</summary>
    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string WritesHubSpot { get; set; } = "writes-hubspot";

    /// <summary>Writes to NetSuite systems (default <c>writes-netsuite</c>).</summary>
    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string WritesNetSuite { get; set; } = "writes-netsuite";

    /// <summary>
    /// Largest JSON body put in one message (default 48 KiB, under the service's 64 KiB with room for escaping);
    /// several events or commands share a message up to this size.
    /// </summary>
    [Range(1024, 60 * 1024)]
    public int MaxMessageBytes { get; set; } = 48 * 1024;

    /// <summary>The writes queue of a system kind.</summary>
    public string WritesFor(SystemKind kind) => kind switch
    {
        SystemKind.Salesforce => WritesSalesforce,
        SystemKind.HubSpot => WritesHubSpot,
        SystemKind.NetSuite => WritesNetSuite,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No writes queue for this system kind."),
    };

    /// <summary>Every queue the app sends to or listens on.</summary>
    public IEnumerable<string> All() => [Changes, WritesSalesforce, WritesHubSpot, WritesNetSuite];
}
