namespace Integration.Sandbox.Salesforce.Soql.Syntax;

/// <summary><c>field [NOT] IN (literal, …)</c>.</summary>
internal sealed record InCondition(FieldPath Field, bool Negated, IReadOnlyList<SoqlLiteral> Values) : SoqlCondition;
