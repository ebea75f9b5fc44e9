namespace Integration.Sandbox.Salesforce.Data;

/// <summary>
/// One immutable version of a record: values by field ordinal. Writers replace the version, so readers
/// (query cursors) keep a consistent snapshot without copying.
/// </summary>
internal sealed class StoredRecord
{
    private readonly object?[] _values;

    public StoredRecord(SObjectType type, object?[] values)
    {
        Type = type;
        _values = values;
    }

    /// <summary>Shared boxes, so a million rows do not carry a million boxed booleans.</summary>
    public static readonly object True = true;

    /// <inheritdoc cref="True"/>
    public static readonly object False = false;

    public SObjectType Type { get; }
    public string Id => (string)_values[Type.IdField.Ordinal]!;
    public bool IsDeleted => (bool)_values[Type.IsDeletedField.Ordinal]!;

    public object? this[FieldDescribe field] => _values[field.Ordinal];

    /// <summary>A copy of the values for building the next version.</summary>
    public object?[] CopyValues() => (object?[])_values.Clone();
}
