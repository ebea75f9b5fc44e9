namespace Integration.Sandbox.NetSuite.Records;

/// <summary>
/// A body field: its REST name (camelCase), its SuiteQL column (lower case), its kind, and for references the
/// record type pointed at.
/// </summary>
internal sealed record FieldDefinition(string Name, FieldKind Kind, string? Target = null, bool Required = false)
{
    public string Column => Name.ToLowerInvariant();
}
