namespace Integration.Core.Plans;

/// <summary>
/// The critical columns reconciled for one object mapping, per layer (<c>mappings[].reconciliation</c>
/// in plan JSON). All names are source field names.
/// </summary>
/// <param name="SumFields">Numeric fields whose totals are compared (<c>aggregates.sum</c>).</param>
/// <param name="MinMaxFields">Fields (typically dates) whose minimum and maximum are compared (<c>aggregates.minMax</c>).</param>
/// <param name="RowHashFields">Fields hashed per record and compared row by row (<c>rowHash</c>).</param>
public sealed record MappingReconciliation(
    IReadOnlyList<string> SumFields,
    IReadOnlyList<string> MinMaxFields,
    IReadOnlyList<string> RowHashFields)
{
    /// <summary>No critical columns: only row counts are reconciled.</summary>
    public static MappingReconciliation None { get; } = new([], [], []);
}
