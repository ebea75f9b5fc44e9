namespace Integration.Sandbox.NetSuite.SuiteQl.Syntax;

/// <summary><c>operand [NOT] IN (v1, v2, ...)</c>.</summary>
internal sealed record InCondition(SqlOperand Operand, IReadOnlyList<SqlOperand> Values, bool Negated) : SqlCondition;
