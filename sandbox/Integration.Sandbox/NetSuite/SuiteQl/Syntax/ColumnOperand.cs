namespace Integration.Sandbox.NetSuite.SuiteQl.Syntax;

/// <summary>A column, lower-cased, with the table qualifier it was written with (if any).</summary>
internal sealed record ColumnOperand(string? Qualifier, string Column) : SqlOperand;
