namespace Integration.Sandbox.NetSuite.SuiteQl.Syntax;

/// <summary>One ORDER BY key: a column or a select alias.</summary>
internal sealed record OrderItem(ColumnOperand Key, bool Descending);
