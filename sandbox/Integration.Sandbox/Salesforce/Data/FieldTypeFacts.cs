namespace Integration.Sandbox.Salesforce.Data;

/// <summary>How each <see cref="FieldType"/> behaves in describe, DML and SOQL.</summary>
internal static class FieldTypeFacts
{
    public static string DescribeName(this FieldType type) => type switch
    {
        FieldType.TextArea => "textarea",
        FieldType.DateTime => "datetime",
        _ => type.ToString().ToLowerInvariant(),
    };

    public static bool IsText(this FieldType type) => type is FieldType.Id or FieldType.String or FieldType.TextArea
        or FieldType.Picklist or FieldType.Reference or FieldType.Email or FieldType.Phone or FieldType.Url;

    public static bool IsNumeric(this FieldType type) =>
        type is FieldType.Currency or FieldType.Double or FieldType.Int or FieldType.Percent;

    /// <summary>The SOQL error text names the type this way ("must be of type double").</summary>
    public static string SoqlTypeName(this FieldType type) => type switch
    {
        FieldType.Int => "integer",
        FieldType.DateTime => "dateTime",
        FieldType.Currency or FieldType.Percent or FieldType.Double => "double",
        FieldType.Boolean => "boolean",
        FieldType.Date => "date",
        _ => "string",
    };
}
