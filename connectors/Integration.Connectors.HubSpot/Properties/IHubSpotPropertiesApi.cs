using Integration.Connectors.RequestBudget;
using Integration.Core.Records;
using Refit;

namespace Integration.Connectors.HubSpot.Properties;

/// <summary>CRM v3 properties (<c>/crm/v3/properties/{objectType}</c>).</summary>
internal interface IHubSpotPropertiesApi
{
    /// <summary><c>GET /crm/v3/properties/{objectType}</c>: every property of the object.</summary>
    [Get("/crm/v3/properties/{objectType}")]
    Task<HubSpotPropertyList> ListAsync(
        string objectType,
        [Property(RequestBudgetRequestOptions.LaneKey)] WriteLane lane,
        CancellationToken cancellationToken);
}
