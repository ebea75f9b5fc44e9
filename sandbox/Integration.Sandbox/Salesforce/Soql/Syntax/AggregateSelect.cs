namespace Integration.Sandbox.Salesforce.Soql.Syntax;

/// <summary>COUNT(), COUNT(f), COUNT_DISTINCT(f), SUM(f), MIN(f), MAX(f), AVG(f), with an optional alias.</summary>
internal sealed record AggregateSelect(string Function, FieldPath? Field, string? Alias, int Position) : SelectItem(Position);
