namespace Integration.Sandbox.Salesforce.Data;

/// <summary>The describe <c>type</c> values the sandbox models (a subset of Salesforce's).</summary>
internal enum FieldType
{
    Id,
    String,
    TextArea,
    Picklist,
    Reference,
    Boolean,
    Currency,
    Double,
    Int,
    Percent,
    Date,
    DateTime,
    Email,
    Phone,
    Url,
}
