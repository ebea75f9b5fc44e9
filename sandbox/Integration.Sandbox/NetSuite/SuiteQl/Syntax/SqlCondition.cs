namespace Integration.Sandbox.NetSuite.SuiteQl.Syntax;

/// <summary>A WHERE condition.</summary>
internal abstract record SqlCondition;
