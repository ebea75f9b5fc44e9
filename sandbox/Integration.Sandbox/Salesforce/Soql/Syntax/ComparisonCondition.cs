namespace Integration.Sandbox.Salesforce.Soql.Syntax;

/// <summary><c>field op literal</c> with op one of = != &lt; &lt;= &gt; &gt;=.</summary>
internal sealed record ComparisonCondition(FieldPath Field, string Operator, SoqlLiteral Value) : SoqlCondition;
