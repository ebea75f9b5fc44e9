namespace Integration.Core.Reconciliation;

/// <summary>Counts and column aggregates computed by the system itself (SOQL, SuiteQL, HubSpot search totals).</summary>
public interface IRecordAggregates
{
    /// <summary>The number of non-deleted records of <paramref name="objectName"/> matching <paramref name="filter"/> (null: all).</summary>
    Task<long> CountAsync(string objectName, string? filter, CancellationToken cancellationToken);

    /// <summary>The count plus the sums, minimums and maximums <paramref name="request"/> names.</summary>
    Task<ColumnAggregates> AggregateAsync(string objectName, AggregateRequest request, CancellationToken cancellationToken);
}
