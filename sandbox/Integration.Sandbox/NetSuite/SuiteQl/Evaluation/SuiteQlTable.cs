using Integration.Sandbox.NetSuite.Records;

namespace Integration.Sandbox.NetSuite.SuiteQl.Evaluation;

/// <summary>A queryable table: its columns in order, with kinds, and how to read its rows from a store (under its lock).</summary>
internal sealed record SuiteQlTable(string Name, IReadOnlyList<(string Name, ColumnKind Kind)> Columns, Func<AccountStore, IEnumerable<Dictionary<string, object?>>> Rows)
{
    public ColumnKind? KindOf(string column)
    {
        foreach (var (name, kind) in Columns)
        {
            if (name == column)
            {
                return kind;
            }
        }

        return null;
    }
}
