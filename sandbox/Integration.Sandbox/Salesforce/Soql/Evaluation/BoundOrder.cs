namespace Integration.Sandbox.Salesforce.Soql.Evaluation;

/// <summary>A resolved ORDER BY key.</summary>
internal sealed record BoundOrder(FieldAccessor Field, bool Descending, bool NullsFirst);
