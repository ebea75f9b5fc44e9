namespace Integration.Sandbox.Salesforce.Soql.Syntax;

/// <summary><c>field LIKE 'pattern'</c> with % and _ wildcards, case-insensitive.</summary>
internal sealed record LikeCondition(FieldPath Field, SoqlLiteral Pattern) : SoqlCondition;
