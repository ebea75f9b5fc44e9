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

    /// <summary>
    /// Adds the diagnostics of <paramref name="other"/> except those about a location this
    /// collector already reports on, or one nested in or around it: a semantic rule about a part
    /// the schema rejected would only repeat the problem.
    /// </summary>
    public void AddUnrelated(DiagnosticCollector other)
    {
        var reported = _diagnostics.Select(d => d.JsonPath).ToList();
        _diagnostics.AddRange(other._diagnostics.Where(d => !reported.Exists(path => JsonPathText.AreNested(path, d.JsonPath))));
    }

    public IReadOnlyList<PlanDiagnostic> ToSortedList() => _diagnostics
        .Distinct()
        .OrderBy(d => d.Line)
        .ThenBy(d => d.Column)
        .ThenBy(d => d.JsonPath, StringComparer.Ordinal)
        .ToList();
}
