using Integration.Plans.Loading;

namespace Integration.Plans.Diagnostics;

/// <summary>Collects the diagnostics of one plan file, locating each by its JSON path.</summary>
internal sealed class DiagnosticCollector(string file, SourcePositions positions)
{
    private readonly List<PlanDiagnostic> _diagnostics = [];

    public int Count => _diagnostics.Count;

    public SourcePositions Positions => positions;

    /// <summary>Adds a diagnostic at <paramref name="path"/> (or, if the path is absent from the file, at its nearest ancestor).</summary>
    public void Add(string path, string code, string message, string? hint = null)
    {
        var (line, column) = positions.Find(path);
        _diagnostics.Add(new PlanDiagnostic(file, path, line, column, code, message, hint));
    }

    public IReadOnlyList<PlanDiagnostic> ToSortedList() => _diagnostics
        .Distinct()
        .OrderBy(d => d.Line)
        .ThenBy(d => d.Column)
        .ThenBy(d => d.JsonPath, StringComparer.Ordinal)
        .ToList();
}
