namespace Integration.Core.Plans;

/// <summary>An object mapping: records of one object in one system kept equal to records of another (an entry of <c>mappings</c>).</summary>
/// <param name="Name">Unique name of the mapping within the plan (used in run logs and load order).</param>
/// <param name="Source">The source object.</param>
/// <param name="Destination">The destination object.</param>
/// <param name="SourceOfTruth">The key of the system that wins conflicts; one of the two systems of this mapping.</param>
/// <param name="DeletePolicy">How deletes propagate. Default <see cref="DeletePolicy.Ignore"/>.</param>
/// <param name="Filter">An optional filter on source records, in the source system's query language; null loads every record.</param>
/// <param name="Fields">The field mappings, in the order written.</param>
/// <param name="Reconciliation">The critical columns reconciled for this mapping.</param>
public sealed record ObjectMapping(
    string Name,
    ObjectEndpoint Source,
    ObjectEndpoint Destination,
    string SourceOfTruth,
    DeletePolicy DeletePolicy,
    string? Filter,
    IReadOnlyList<FieldMapping> Fields,
    MappingReconciliation Reconciliation);
