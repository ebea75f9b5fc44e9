namespace Integration.Core.Plans;

/// <summary>Rehearsal rules (<c>rehearsal</c> in plan JSON).</summary>
/// <param name="ConsecutiveCleanRunsRequired">Clean rehearsals of the same plan version needed before cutover; 1 or more. Default 2.</param>
public sealed record RehearsalSettings(int ConsecutiveCleanRunsRequired = RehearsalSettings.DefaultConsecutiveCleanRuns)
{
    /// <summary>The default number of consecutive clean rehearsals: 2.</summary>
    public const int DefaultConsecutiveCleanRuns = 2;

    /// <summary>The settings used when a plan has no <c>rehearsal</c> section.</summary>
    public static RehearsalSettings Default { get; } = new();
}
