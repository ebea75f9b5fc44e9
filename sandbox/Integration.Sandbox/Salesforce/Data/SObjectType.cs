namespace Integration.Sandbox.Salesforce.Data;

/// <summary>An sObject's metadata: name, key prefix and ordered fields (case-insensitive lookup).</summary>
internal sealed class SObjectType
{
    private readonly Dictionary<string, FieldDescribe> _byName;
    private readonly Dictionary<string, FieldDescribe> _byRelationship;

    public SObjectType(string name, string keyPrefix, IEnumerable<FieldDescribe> fields)
    {
        Name = name;
        KeyPrefix = keyPrefix;
        Fields = [.. fields.Select((f, i) => f with { Ordinal = i })];
        _byName = Fields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        _byRelationship = Fields.Where(f => f.RelationshipName is not null)
            .ToDictionary(f => f.RelationshipName!, StringComparer.OrdinalIgnoreCase);
        IdField = _byName["Id"];
        IsDeletedField = _byName["IsDeleted"];
        CreatedDateField = _byName["CreatedDate"];
        LastModifiedDateField = _byName["LastModifiedDate"];
        SystemModstampField = _byName["SystemModstamp"];
    }

    public string Name { get; }
    public string KeyPrefix { get; }
    public IReadOnlyList<FieldDescribe> Fields { get; }
    public FieldDescribe IdField { get; }
    public FieldDescribe IsDeletedField { get; }
    public FieldDescribe CreatedDateField { get; }
    public FieldDescribe LastModifiedDateField { get; }
    public FieldDescribe SystemModstampField { get; }
    public IEnumerable<FieldDescribe> ExternalIdFields => Fields.Where(f => f.ExternalId);

    public FieldDescribe? Field(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The lookup field behind a parent relationship name (<c>Account</c> for <c>AccountId</c>).</summary>
    public FieldDescribe? Relationship(string relationshipName) => _byRelationship.GetValueOrDefault(relationshipName);
}
