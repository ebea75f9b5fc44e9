using System.Diagnostics.CodeAnalysis;
using Integration.Core.Plans;
using Integration.Plans.Diagnostics;

namespace Integration.Plans.Loading;

/// <summary>The outcome of loading one plan file: the plan and its version, or every problem found.</summary>
public sealed class PlanLoadResult
{
    private readonly SourcePositions? _positions;

    private PlanLoadResult(string file, MigrationPlan? plan, PlanVersion? version, IReadOnlyList<PlanDiagnostic> diagnostics, SourcePositions? positions = null)
    {
        _positions = positions;
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

    /// <summary>
    /// The 1-based line and column where the value at <paramref name="jsonPath"/> (<c>$.mappings[1].fields[3].destination</c>)
    /// starts in the file, or where its nearest existing parent starts; (1, 1) when the file was not parsed.
    /// </summary>
    public (int Line, int Column) PositionOf(string jsonPath) => _positions?.Find(jsonPath) ?? (1, 1);

    /// <summary>Whether the file has a value at <paramref name="jsonPath"/> (for example <c>$.mappings[0].fields[2].sources</c>).</summary>
    public bool HasPath(string jsonPath) => _positions?.Contains(jsonPath) ?? false;

    internal static PlanLoadResult Valid(string file, MigrationPlan plan, PlanVersion version, SourcePositions positions) => new(file, plan, version, [], positions);

    internal static PlanLoadResult Invalid(string file, IReadOnlyList<PlanDiagnostic> diagnostics) => new(file, null, null, diagnostics);
}
