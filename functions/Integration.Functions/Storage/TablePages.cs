using Azure.Data.Tables;

namespace Integration.Functions.Storage;

/// <summary>Reads one service page of a table query, starting where an earlier page's continuation points.</summary>
internal static class TablePages
{
    public static async Task<TablePage<T>> ReadAsync<T>(
        TableClient table, string? filter, int size, string? continuationToken, Func<TableEntity, T> parse, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var query = table.QueryAsync<TableEntity>(filter, maxPerPage: size, cancellationToken: cancellationToken);
        await foreach (var page in query.AsPages(continuationToken, size))
        {
            return new TablePage<T>([.. page.Values.Select(parse)], page.ContinuationToken);
        }

        return new TablePage<T>([], null);
    }
}
