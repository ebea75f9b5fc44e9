using Integration.Connectors.RequestBudget;
using Integration.Core.Records;
using Refit;

namespace Integration.Connectors.HubSpot.Objects;

/// <summary>CRM v3 basic object endpoints (<c>/crm/v3/objects/{objectType}</c>).</summary>
internal interface IHubSpotObjectsApi
{
    /// <summary><c>GET /crm/v3/objects/{objectType}</c>: one page, at most 100; <c>archived=true</c> lists only archived records.</summary>
    [Get("/crm/v3/objects/{objectType}")]
    Task<HubSpotPage> ListAsync(
        string objectType,
        int limit,
        string? after,
        [Query(CollectionFormat.Csv)] IEnumerable<string>? properties,
        bool? archived,
        [Property(RequestBudgetRequestOptions.LaneKey)] WriteLane lane,
        CancellationToken cancellationToken);

    /// <summary><c>GET /crm/v3/objects/{objectType}/{objectId}</c>, by id or by the unique property <paramref name="idProperty"/>.</summary>
    [Get("/crm/v3/objects/{objectType}/{objectId}")]
    Task<HubSpotObject> GetAsync(
        string objectType,
        string objectId,
        [Query(CollectionFormat.Csv)] IEnumerable<string>? properties,
        string? idProperty,
        [Property(RequestBudgetRequestOptions.LaneKey)] WriteLane lane,
        CancellationToken cancellationToken);

    /// <summary><c>POST /crm/v3/objects/{objectType}</c>: creates one record.</summary>
    [Post("/crm/v3/objects/{objectType}")]
    Task<HubSpotObject> CreateAsync(
        string objectType,
        [Body] HubSpotObjectInput input,
        [Property(RequestBudgetRequestOptions.LaneKey)] WriteLane lane,
        CancellationToken cancellationToken);

    /// <summary><c>PATCH /crm/v3/objects/{objectType}/{objectId}</c>, by id or by <paramref name="idProperty"/>.</summary>
    [Patch("/crm/v3/objects/{objectType}/{objectId}")]
    Task<HubSpotObject> UpdateAsync(
        string objectType,
        string objectId,
        [Body] HubSpotObjectInput input,
        string? idProperty,
        [Property(RequestBudgetRequestOptions.LaneKey)] WriteLane lane,
        CancellationToken cancellationToken);

    /// <summary><c>DELETE /crm/v3/objects/{objectType}/{objectId}</c>: archives the record (204).</summary>
    [Delete("/crm/v3/objects/{objectType}/{objectId}")]
    Task ArchiveAsync(
        string objectType,
        string objectId,
        [Property(RequestBudgetRequestOptions.LaneKey)] WriteLane lane,
        CancellationToken cancellationToken);
}
