using Refit;

namespace Integration.Connectors.Salesforce.Api;

/// <summary>
/// SOQL over REST (REST API Developer Guide, "Query", "QueryAll", "Query Options Header"). A page holds
/// up to <c>batchSize</c> rows; <c>nextRecordsUrl</c> ends in the locator the next page is read with.
/// </summary>
internal interface ISalesforceQueryApi
{
    /// <summary><c>GET query?q=SOQL</c>: live rows.</summary>
    /// <param name="soql">The statement.</param>
    /// <param name="queryOptions"><c>batchSize=N</c> (200..2000).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/query")]
    Task<SalesforceQueryResult> QueryAsync([AliasAs("q")] string soql, [Header("Sforce-Query-Options")] string queryOptions, CancellationToken cancellationToken);

    /// <summary><c>GET query/{locator}</c>: the next page of a query (also of a queryAll, whose <c>nextRecordsUrl</c> says <c>/query/</c> too).</summary>
    [Get("/query/{locator}")]
    Task<SalesforceQueryResult> QueryMoreAsync(string locator, [Header("Sforce-Query-Options")] string queryOptions, CancellationToken cancellationToken);

    /// <summary><c>GET queryAll?q=SOQL</c>: rows including soft-deleted and archived ones (<c>IsDeleted=true</c>).</summary>
    [Get("/queryAll")]
    Task<SalesforceQueryResult> QueryAllAsync([AliasAs("q")] string soql, [Header("Sforce-Query-Options")] string queryOptions, CancellationToken cancellationToken);
}
