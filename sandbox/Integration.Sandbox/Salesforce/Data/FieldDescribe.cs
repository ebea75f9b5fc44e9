namespace Integration.Sandbox.Salesforce.Data;

/// <summary>One field of an sObject as <c>describe</c> reports it.</summary>
internal sealed record FieldDescribe(string Name, FieldType Type)
{
    public string Label { get; init; } = Name;
    public bool Createable { get; init; } = true;
    public bool Updateable { get; init; } = true;
    public bool Nillable { get; init; } = true;
    public bool ExternalId { get; init; }
    public bool Unique { get; init; }
    public int Length { get; init; }
    public bool DefaultedOnCreate { get; init; }
    public string? ReferenceTo { get; init; }
    public string? RelationshipName { get; init; }
    public IReadOnlyList<string> PicklistValues { get; init; } = [];

    /// <summary>Position of the value in a <see cref="StoredRecord"/>; set by <see cref="SObjectType"/>.</summary>
    public int Ordinal { get; init; }

    /// <summary>Insert fails with REQUIRED_FIELD_MISSING when such a field has no value.</summary>
    public bool RequiredOnCreate => Createable && !Nillable && !DefaultedOnCreate && Type != FieldType.Boolean;

    public bool Writable => Createable || Updateable;
}
