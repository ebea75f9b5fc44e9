namespace Integration.Sandbox.NetSuite.SuiteQl.Evaluation;

/// <summary>The type of a SuiteQL column, which decides comparisons and how values are written.</summary>
internal enum ColumnKind
{
    Text,
    Number,
    DateTime,
    Date,
}
