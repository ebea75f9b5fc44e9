using Refit;

namespace Integration.Connectors.Salesforce.Api;

/// <summary>
/// sObject Collections (REST API Developer Guide, "sObject Collections"): up to 200 records per call,
/// results in request order, HTTP 200 even when every item failed.
/// </summary>
internal interface ISalesforceCollectionsApi
{
    /// <summary><c>POST composite/sobjects</c>: creates; not idempotent, so never retried.</summary>
    [Post("/composite/sobjects")]
    Task<IReadOnlyList<SalesforceSaveResult>> CreateAsync([Body] SalesforceCollectionRequest request, CancellationToken cancellationToken);

    /// <summary><c>PATCH composite/sobjects</c>: updates records that carry their <c>Id</c>.</summary>
    [Patch("/composite/sobjects")]
    Task<IReadOnlyList<SalesforceSaveResult>> UpdateAsync([Body] SalesforceCollectionRequest request, CancellationToken cancellationToken);

    /// <summary><c>PATCH composite/sobjects/{Object}/{ExtIdField}</c>: upserts one object type by external id (v46.0+); items carry <c>created</c>.</summary>
    [Patch("/composite/sobjects/{objectName}/{externalIdField}")]
    Task<IReadOnlyList<SalesforceSaveResult>> UpsertAsync(string objectName, string externalIdField, [Body] SalesforceCollectionRequest request, CancellationToken cancellationToken);

    /// <summary><c>DELETE composite/sobjects?ids=a,b&amp;allOrNone=false</c>.</summary>
    /// <param name="ids">Comma-separated record ids, at most 200.</param>
    /// <param name="allOrNone"><c>true</c> or <c>false</c>, lower case as the vendor documents it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/composite/sobjects")]
    Task<IReadOnlyList<SalesforceSaveResult>> DeleteAsync([Query] string ids, [Query] string allOrNone, CancellationToken cancellationToken);
}
