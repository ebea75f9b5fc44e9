using Refit;

namespace Integration.Connectors.NetSuite.Api;

/// <summary>NetSuite SuiteQL over REST (<c>/services/rest/query/v1/suiteql</c>).</summary>
internal interface INetSuiteQueryApi
{
    /// <summary>
    /// Runs <paramref name="query"/>; <paramref name="limit"/> at most 1000, <paramref name="offset"/> a multiple of it,
    /// and at most 100,000 rows reachable by offset. <c>Prefer: transient</c> is required.
    /// </summary>
    [Post("/services/rest/query/v1/suiteql")]
    [Headers("Prefer: transient")]
    Task<SuiteQlPage> QueryAsync([Body] SuiteQlRequest query, [Query] int limit, [Query] int offset, CancellationToken cancellationToken);
}
