using System.Diagnostics.CodeAnalysis;
using Integration.Core.Plans;
using Integration.Plans.Diagnostics;

namespace Integration.Plans.Loading;

/// <summary>The outcome of loading one plan file: the plan and its version, or every problem found.</summary>
public sealed class PlanLoadResult
{
    private PlanLoadResult(string file, MigrationPlan? plan, PlanVersion? version, IReadOnlyList<PlanDiagnostic> diagnostics)
    {
        File = file;
        Plan = plan;
        Version = version;
        Diagnostics = diagnostics;
    }

    /// <summary>The file name as given to the loader.</summary>
    public string File { get; }

    /// <summary>The plan, when it is valid.</summary>
    public MigrationPlan? Plan { get; }

    /// <summary>The plan's version, when it is valid.</summary>
    public PlanVersion? Version { get; }

    /// <summary>Every problem found, ordered by line and column; empty when the plan is valid.</summary>
    public IReadOnlyList<PlanDiagnostic> Diagnostics { get; }

    /// <summary>Whether the plan is valid (then <see cref="Plan"/> and <see cref="Version"/> are set).</summary>
    [MemberNotNullWhen(true, nameof(Plan), nameof(Version))]
    public bool IsValid => Plan is not null && Version is not null && Diagnostics.Count == 0;

    internal static PlanLoadResult Valid(string file, MigrationPlan plan, PlanVersion version) => new(file, plan, version, []);

    internal static PlanLoadResult Invalid(string file, IReadOnlyList<PlanDiagnostic> diagnostics) => new(file, null, null, diagnostics);
}
