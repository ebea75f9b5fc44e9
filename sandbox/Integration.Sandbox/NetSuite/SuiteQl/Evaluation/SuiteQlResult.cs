using System.Text.Json.Nodes;

namespace Integration.Sandbox.NetSuite.SuiteQl.Evaluation;

/// <summary>The matching rows in result order, projected on demand one page at a time.</summary>
internal sealed class SuiteQlResult(IReadOnlyList<JsonObject> aggregate, IReadOnlyList<Dictionary<string, object?>> rows, Func<Dictionary<string, object?>, JsonObject>? project)
{
    public int Total => project is null ? aggregate.Count : rows.Count;

    public IEnumerable<JsonObject> Page(int offset, int limit) =>
        project is null ? aggregate.Skip(offset).Take(limit) : rows.Skip(offset).Take(limit).Select(project);
}
