using System.Globalization;
using System.Runtime.CompilerServices;
using Integration.Connectors.Salesforce.Api;

namespace Integration.Connectors.Salesforce.Records;

/// <summary>Runs a SOQL statement and follows <c>nextRecordsUrl</c> until <c>done</c>.</summary>
internal sealed class SalesforceQueryPager(ISalesforceQueryApi api, int batchSize)
{
    private readonly string _queryOptions = "batchSize=" + batchSize.ToString(CultureInfo.InvariantCulture);

    /// <summary>The first page only (aggregates and counts).</summary>
    public Task<SalesforceQueryResult> FirstPageAsync(string soql, CancellationToken cancellationToken) =>
        api.QueryAsync(soql, _queryOptions, cancellationToken);

    /// <summary>Every page of <paramref name="soql"/>, through <c>queryAll</c> when <paramref name="includeDeleted"/>.</summary>
    public async IAsyncEnumerable<SalesforceQueryResult> PagesAsync(string soql, bool includeDeleted, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = includeDeleted
            ? await api.QueryAllAsync(soql, _queryOptions, cancellationToken)
            : await api.QueryAsync(soql, _queryOptions, cancellationToken);
        yield return page;
        while (!page.Done && page.NextRecordsUrl is { Length: > 0 } next)
        {
            page = await api.QueryMoreAsync(Locator(next), _queryOptions, cancellationToken);
            yield return page;
        }
    }

    /// <summary>
    /// The locator is the last segment of <c>nextRecordsUrl</c> (<c>/services/data/v68.0/query/01gD0000002HU6KIAW-2000</c>);
    /// a queryAll's next URL says <c>/query/</c> as well, and either resource takes it.
    /// </summary>
    internal static string Locator(string nextRecordsUrl) => nextRecordsUrl[(nextRecordsUrl.LastIndexOf('/') + 1)..];
}
