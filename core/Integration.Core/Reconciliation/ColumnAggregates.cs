namespace Integration.Core.Reconciliation;

/// <summary>What a system computed for an <see cref="AggregateRequest"/>.</summary>
/// <param name="Count">The number of (non-deleted) records.</param>
/// <param name="Sums">SUM per field; null when every value was null.</param>
/// <param name="Minimums">MIN per field, as an instant; null when no record has a value.</param>
/// <param name="Maximums">MAX per field, as an instant; null when no record has a value.</param>
public sealed record ColumnAggregates(
    long Count,
    IReadOnlyDictionary<string, decimal?> Sums,
    IReadOnlyDictionary<string, DateTimeOffset?> Minimums,
    IReadOnlyDictionary<string, DateTimeOffset?> Maximums);
