using Integration.Connectors.HubSpot.Batch;
using Integration.Connectors.RequestBudget;
using Integration.Core.Records;
using Refit;

namespace Integration.Connectors.HubSpot.Associations;

/// <summary>Associations v4 batch endpoints (<c>/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/*</c>).</summary>
internal interface IHubSpotAssociationsApi
{
    /// <summary><c>POST .../batch/create</c>: labelled or unlabeled associations, at most 100 inputs.</summary>
    [Post("/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/create")]
    Task<AssociationBatchResponse<AssociationCreated>> CreateAsync(
        string fromObjectType,
        string toObjectType,
        [Body] BatchInputs<AssociationCreateInput> request,
        [Property(RequestBudgetRequestOptions.LaneKey)] WriteLane lane,
        CancellationToken cancellationToken);

    /// <summary><c>POST .../batch/read</c>: the associations of each <c>from</c> record.</summary>
    [Post("/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/read")]
    Task<AssociationBatchResponse<AssociationReadResult>> ReadAsync(
        string fromObjectType,
        string toObjectType,
        [Body] BatchInputs<BatchId> request,
        [Property(RequestBudgetRequestOptions.LaneKey)] WriteLane lane,
        CancellationToken cancellationToken);
}
