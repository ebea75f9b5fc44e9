namespace Integration.Sandbox.Salesforce.Soql.Syntax;

/// <summary><c>NOT expr</c>.</summary>
internal sealed record NotCondition(SoqlCondition Operand) : SoqlCondition;
