using System.Runtime.CompilerServices;
using System.Text.Json;
using Integration.Connectors.NetSuite.Api;

namespace Integration.Connectors.NetSuite.Query;

/// <summary>
/// Reads a SuiteQL query page by page with <c>limit</c>/<c>offset</c> (offset a multiple of the limit).
/// Offset paging reaches at most 100,000 rows, so callers that may read more page by key instead.
/// </summary>
internal sealed class SuiteQlPager(INetSuiteQueryApi api)
{
    public const int MaxPageSize = 1000;
    public const int OffsetCap = 100_000;

    public async IAsyncEnumerable<SuiteQlPage> PagesAsync(string query, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        for (var offset = 0; offset < OffsetCap; offset += pageSize)
        {
            var page = await PageAsync(query, pageSize, offset, cancellationToken);
            yield return page;
            if (!page.HasMore || page.Items.Count == 0)
            {
                yield break;
            }
        }
    }

    /// <summary>One page; NetSuite errors surface as <c>NetSuiteApiException</c>.</summary>
    public Task<SuiteQlPage> PageAsync(string query, int limit, int offset, CancellationToken cancellationToken) =>
        NetSuiteCall.RunAsync(() => api.QueryAsync(new SuiteQlRequest(query), limit, offset, cancellationToken));

    public async Task<IReadOnlyList<Dictionary<string, JsonElement>>> AllAsync(string query, CancellationToken cancellationToken)
    {
        var rows = new List<Dictionary<string, JsonElement>>();
        await foreach (var page in PagesAsync(query, MaxPageSize, cancellationToken))
        {
            rows.AddRange(page.Items);
        }

        return rows;
    }
}
