namespace Integration.Sandbox.NetSuite.SuiteQl.Syntax;

/// <summary>A value in a condition: a column or a literal.</summary>
internal abstract record SqlOperand;
