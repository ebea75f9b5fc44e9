namespace Integration.Sandbox.Salesforce.Soql.Syntax;

/// <summary>Operands joined by one operator: SOQL refuses AND and OR mixed at one level without parentheses.</summary>
internal sealed record LogicalCondition(bool IsAnd, IReadOnlyList<SoqlCondition> Operands) : SoqlCondition;
