namespace Integration.Sandbox.NetSuite.SuiteQl.Syntax;

/// <summary><c>NOT condition</c>.</summary>
internal sealed record NotCondition(SqlCondition Inner) : SqlCondition;
