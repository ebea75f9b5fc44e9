using Integration.Connectors.HubSpot.Batch;
using Integration.Core.Records;

namespace Integration.Connectors.HubSpot.Associations;

/// <summary>
/// Creates and reads associations between records through the v4 batch endpoints, in chunks of
/// 100, with the default (unlabeled) type when none is given.
/// </summary>
internal sealed class HubSpotAssociations(IHubSpotAssociationsApi api)
{
    private const int BatchLimit = 100;

    /// <summary>Associates each (from, to) pair; returns how many HubSpot reported created.</summary>
    public async Task<int> AssociateAsync(
        string fromObjectType,
        string toObjectType,
        IReadOnlyList<(string FromId, string ToId)> pairs,
        int? associationTypeId,
        WriteLane lane,
        CancellationToken cancellationToken)
    {
        var typeId = associationTypeId ?? HubSpotDefaultAssociationTypes.Find(fromObjectType, toObjectType)
            ?? throw new ArgumentException($"No default association type is known from {fromObjectType} to {toObjectType}; pass the association type id.", nameof(associationTypeId));
        var types = new[] { new AssociationType("HUBSPOT_DEFINED", typeId) };
        var created = 0;
        foreach (var chunk in pairs.Chunk(BatchLimit))
        {
            var inputs = chunk.Select(pair => new AssociationCreateInput(new BatchId(pair.FromId), new BatchId(pair.ToId), types)).ToList();
            var response = await api.CreateAsync(fromObjectType, toObjectType, new BatchInputs<AssociationCreateInput>(inputs), lane, cancellationToken);
            created += response.Results.Count;
        }

        return created;
    }

    /// <summary>The ids of the <paramref name="toObjectType"/> records associated with each of <paramref name="fromIds"/>.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ReadAsync(
        string fromObjectType,
        string toObjectType,
        IReadOnlyCollection<string> fromIds,
        WriteLane lane,
        CancellationToken cancellationToken)
    {
        var associated = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var chunk in fromIds.Chunk(BatchLimit))
        {
            var inputs = chunk.Select(id => new BatchId(id)).ToList();
            var response = await api.ReadAsync(fromObjectType, toObjectType, new BatchInputs<BatchId>(inputs), lane, cancellationToken);
            foreach (var result in response.Results)
            {
                associated[result.From.Id] = result.To
                    .Select(target => target.ToObjectId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .ToList();
            }
        }

        return associated;
    }
}
