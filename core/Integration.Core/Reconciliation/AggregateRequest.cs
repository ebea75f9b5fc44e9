namespace Integration.Core.Reconciliation;

/// <summary>The column aggregates one reconciliation layer asks of one object.</summary>
/// <param name="SumFields">Numeric fields to SUM.</param>
/// <param name="MinMaxFields">Date or date-time fields whose MIN and MAX are compared exactly.</param>
/// <param name="Filter">The mapping's filter in the system's query language; null for none.</param>
public sealed record AggregateRequest(
    IReadOnlyList<string> SumFields,
    IReadOnlyList<string> MinMaxFields,
    string? Filter = null);
