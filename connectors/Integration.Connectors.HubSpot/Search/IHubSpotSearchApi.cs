using Integration.Connectors.RequestBudget;
using Integration.Core.Records;
using Refit;

namespace Integration.Connectors.HubSpot.Search;

/// <summary>CRM v3 search (<c>POST /crm/v3/objects/{objectType}/search</c>); its own limit of 5 requests per second.</summary>
internal interface IHubSpotSearchApi
{
    /// <summary>One page of search results, with <c>total</c>.</summary>
    [Post("/crm/v3/objects/{objectType}/search")]
    Task<SearchResponse> SearchAsync(
        string objectType,
        [Body] SearchRequest request,
        [Property(RequestBudgetRequestOptions.LaneKey)] WriteLane lane,
        CancellationToken cancellationToken);
}
