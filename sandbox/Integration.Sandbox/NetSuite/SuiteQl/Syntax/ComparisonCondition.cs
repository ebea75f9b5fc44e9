namespace Integration.Sandbox.NetSuite.SuiteQl.Syntax;

/// <summary><c>left op right</c> with op one of <c>= != &lt;&gt; &lt; &lt;= &gt; &gt;=</c>.</summary>
internal sealed record ComparisonCondition(SqlOperand Left, string Operator, SqlOperand Right) : SqlCondition;
