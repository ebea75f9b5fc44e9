namespace Integration.Core.Plans;

/// <summary>
/// Acceptance thresholds of a reconciliation (<c>reconciliation.thresholds</c>), fixed before the
/// first rehearsal: changing any of them makes a new <see cref="PlanVersion"/>.
/// </summary>
/// <param name="RowCountVariance">Largest accepted difference in row counts, in rows (0 or more).</param>
/// <param name="SumVariancePercent">Largest accepted difference of a summed column, in percent of the source total (0 or more).</param>
/// <param name="DateMinMaxExact">Whether minimum and maximum of the min/max columns must be equal.</param>
/// <param name="RowHashMatchRate">Smallest accepted share of sampled rows whose hashes match, from 0 to 1.</param>
public sealed record ReconciliationThresholds(
    long RowCountVariance,
    decimal SumVariancePercent,
    bool DateMinMaxExact,
    double RowHashMatchRate);
