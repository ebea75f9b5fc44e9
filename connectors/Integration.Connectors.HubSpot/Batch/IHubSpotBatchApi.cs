using Integration.Connectors.RequestBudget;
using Integration.Core.Records;
using Refit;

namespace Integration.Connectors.HubSpot.Batch;

/// <summary>CRM v3 batch endpoints (<c>/crm/v3/objects/{objectType}/batch/*</c>), at most 100 inputs each.</summary>
internal interface IHubSpotBatchApi
{
    /// <summary><c>POST .../batch/read</c>: by record id, or by <c>idProperty</c>; <c>archived=true</c> reads archived records.</summary>
    [Post("/crm/v3/objects/{objectType}/batch/read")]
    Task<BatchResponse> ReadAsync(
        string objectType,
        [Body] BatchReadRequest request,
        bool? archived,
        [Property(RequestBudgetRequestOptions.LaneKey)] WriteLane lane,
        CancellationToken cancellationToken);

    /// <summary><c>POST .../batch/create</c>.</summary>
    [Post("/crm/v3/objects/{objectType}/batch/create")]
    Task<BatchResponse> CreateAsync(
        string objectType,
        [Body] BatchInputs<BatchCreateInput> request,
        [Property(RequestBudgetRequestOptions.LaneKey)] WriteLane lane,
        CancellationToken cancellationToken);

    /// <summary><c>POST .../batch/update</c>.</summary>
    [Post("/crm/v3/objects/{objectType}/batch/update")]
    Task<BatchResponse> UpdateAsync(
        string objectType,
        [Body] BatchInputs<BatchUpdateInput> request,
        [Property(RequestBudgetRequestOptions.LaneKey)] WriteLane lane,
        CancellationToken cancellationToken);

    /// <summary><c>POST .../batch/upsert</c>: creates or updates each input by its unique property.</summary>
    [Post("/crm/v3/objects/{objectType}/batch/upsert")]
    Task<BatchResponse> UpsertAsync(
        string objectType,
        [Body] BatchInputs<BatchUpsertInput> request,
        [Property(RequestBudgetRequestOptions.LaneKey)] WriteLane lane,
        CancellationToken cancellationToken);

    /// <summary><c>POST .../batch/archive</c> (204).</summary>
    [Post("/crm/v3/objects/{objectType}/batch/archive")]
    Task ArchiveAsync(
        string objectType,
        [Body] BatchInputs<BatchId> request,
        [Property(RequestBudgetRequestOptions.LaneKey)] WriteLane lane,
        CancellationToken cancellationToken);
}
