namespace Integration.Sandbox.NetSuite.SuiteQl.Syntax;

/// <summary><c>left AND right</c> or <c>left OR right</c>.</summary>
internal sealed record LogicalCondition(SqlCondition Left, bool IsAnd, SqlCondition Right) : SqlCondition;
