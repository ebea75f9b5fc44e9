using Azure.Data.Tables;

namespace Integration.Functions.Storage;

/// <summary>
/// Counts the rows of a table query up to a limit, reading only their partition keys (<c>$select=PartitionKey</c>):
/// at most one service page per 1,000 rows of the limit, whatever the table holds.
/// </summary>
internal static class TableRowCount
{
    /// <summary>The table service's largest page.</summary>
    private const int MaxPage = 1000;

    /// <summary>The number of rows matching <paramref name="filter"/>, or <paramref name="limit"/> when there are at least that many.</summary>
    public static async Task<long> UpToAsync(TableClient table, string? filter, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        long count = 0;
        var query = table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(limit, MaxPage), select: [nameof(TableEntity.PartitionKey)], cancellationToken: cancellationToken);
        await foreach (var page in query.AsPages())
        {
            count += page.Values.Count;
            if (count >= limit)
            {
                return limit;
            }
        }

        return count;
    }
}
