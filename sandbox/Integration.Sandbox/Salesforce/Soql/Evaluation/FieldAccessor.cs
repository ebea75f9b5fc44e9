using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Salesforce.Soql.Evaluation;

/// <summary>Reads one field of a row: the record's own (<see cref="ParentIndex"/> -1) or a parent's.</summary>
internal sealed record FieldAccessor(FieldDescribe Field, int ParentIndex, Relationship? Relationship)
{
    public object? Read(SoqlRow row) => ParentIndex < 0 ? row.Record[Field] : row.Parents[ParentIndex]?[Field];

    public bool SameAs(FieldAccessor other) => Field == other.Field && ParentIndex == other.ParentIndex;
}
