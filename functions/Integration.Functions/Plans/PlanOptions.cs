namespace Integration.Functions.Plans;

/// <summary>
/// Where the active plan comes from (<c>Integration</c>). Sync is enabled when <see cref="PlanPath"/> is set: the
/// plan is loaded and validated at start, the tables and queues are created, the timers run. Without it the app
/// still starts (health probes); sync functions then do nothing (timers) or answer 503 (webhooks).
/// </summary>
public sealed class PlanOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Integration";

    /// <summary>Path of the plan JSON file (relative paths from the working directory); unset disables sync (default).</summary>
    public string? PlanPath { get; set; }

    /// <summary>True when a plan path is configured.</summary>
    public bool SyncEnabled => !string.IsNullOrWhiteSpace(PlanPath);
}
