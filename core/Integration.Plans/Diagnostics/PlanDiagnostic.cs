namespace Integration.Plans.Diagnostics;

/// <summary>One problem found in a plan file, located precisely enough for an editor to jump to it.</summary>
/// <param name="File">The file name as given to the loader.</param>
/// <param name="JsonPath">Where in the plan, e.g. <c>$.mappings[0].fields[2].destination</c>; for a missing property, the path it should have.</param>
/// <param name="Line">1-based line of the offending token (for a missing property, of the object that lacks it).</param>
/// <param name="Column">1-based column (in characters) of that token.</param>
/// <param name="Code">A stable code from <see cref="PlanDiagnosticCodes"/>, e.g. <c>PLAN201</c>.</param>
/// <param name="Message">What is wrong, naming the offending value.</param>
/// <param name="Hint">How to fix it (allowed values, declared names), or null.</param>
public sealed record PlanDiagnostic(
    string File,
    string JsonPath,
    int Line,
    int Column,
    string Code,
    string Message,
    string? Hint = null)
{
    /// <summary>The compiler-style form <c>file:line:col: path: message (hint: …)</c>.</summary>
    /// <returns>The diagnostic on one line.</returns>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {JsonPath}: {Message}" + (Hint is null ? string.Empty : $" (hint: {Hint})");
}
