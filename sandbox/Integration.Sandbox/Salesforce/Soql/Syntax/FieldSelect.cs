namespace Integration.Sandbox.Salesforce.Soql.Syntax;

/// <summary>A plain or parent field in the SELECT list.</summary>
internal sealed record FieldSelect(FieldPath Field) : SelectItem(Field.Position);
