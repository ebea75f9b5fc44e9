namespace Integration.Sandbox.NetSuite.SuiteQl.Syntax;

/// <summary><c>operand IS [NOT] NULL</c>.</summary>
internal sealed record NullCondition(SqlOperand Operand, bool Negated) : SqlCondition;
