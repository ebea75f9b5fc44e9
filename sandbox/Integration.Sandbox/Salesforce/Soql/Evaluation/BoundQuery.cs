using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Salesforce.Soql.Evaluation;

/// <summary>A query checked against the schema and ready to run.</summary>
internal sealed record BoundQuery(
    SObjectType Type,
    IReadOnlyList<Relationship> Relationships,
    IReadOnlyList<BoundSelect> Select,
    Func<SoqlRow, bool>? Where,
    IReadOnlyList<FieldAccessor> GroupBy,
    IReadOnlyList<BoundOrder> OrderBy,
    int? Limit,
    int Offset,
    IndexProbe? Probe)
{
    public bool IsAggregate => GroupBy.Count > 0 || Select.Any(s => s.IsAggregate);

    /// <summary><c>SELECT COUNT() FROM …</c>: only totalSize is returned.</summary>
    public bool IsCountOnly => Select is [{ Function: "COUNT", Field: null }] && GroupBy.Count == 0;
}
