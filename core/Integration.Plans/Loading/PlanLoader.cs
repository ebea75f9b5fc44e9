using System.Text.Json;
using Integration.Plans.Diagnostics;
using Integration.Plans.Validation;
using Integration.Plans.Versioning;

namespace Integration.Plans.Loading;

/// <summary>
/// Loads plan files: JSON syntax (a syntax error stops there), then the published schema and the
/// semantic rules together; every problem is reported at once, each with its JSON path and
/// line:column. A semantic problem at a location the schema already rejected is left out.
/// </summary>
public static class PlanLoader
{
    /// <summary>Reads and loads the plan file at <paramref name="path"/>.</summary>
    /// <param name="path">The file's path; diagnostics name the file by it.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plan and its version, or the diagnostics (a missing or unreadable file gives <see cref="PlanDiagnosticCodes.FileUnreadable"/>).</returns>
    public static async Task<PlanLoadResult> LoadFileAsync(string path, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Unreadable(path, "file not found", "check the path; plans are usually under plans/");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Unreadable(path, $"cannot read the file: {ex.Message}", null);
        }

        return Load(text, path);
    }

    /// <summary>Loads a plan from its JSON text.</summary>
    /// <param name="json">The plan's JSON text.</param>
    /// <param name="fileName">The name diagnostics give the file.</param>
    /// <returns>The plan and its version, or the diagnostics.</returns>
    public static PlanLoadResult Load(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        var source = new SourceText(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(source.Bytes);
        }
        catch (JsonException ex)
        {
            return PlanLoadResult.Invalid(fileName, [SyntaxError(fileName, source, ex)]);
        }

        using (document)
        {
            var root = document.RootElement;
            var positions = SourcePositions.Build(source);
            if (positions.RepeatedProperties.Any())
            {
                return PlanLoadResult.Invalid(fileName, positions.RepeatedProperties.Select(r => RepeatedProperty(fileName, r.Path, r.Position)).ToList());
            }

            var diagnostics = new DiagnosticCollector(fileName, positions);
            SchemaDiagnosticTranslator.Translate(root, PlanSchema.Evaluate(root), diagnostics);
            var plan = PlanReader.Read(root);
            var semantic = new DiagnosticCollector(fileName, positions);
            PlanSemanticValidator.Validate(plan, semantic);
            diagnostics.AddUnrelated(semantic);
            return diagnostics.Count > 0
                ? PlanLoadResult.Invalid(fileName, diagnostics.ToSortedList())
                : PlanLoadResult.Valid(fileName, plan, PlanCanonicalForm.ComputeVersion(root), positions);
        }
    }

    private static PlanDiagnostic SyntaxError(string fileName, SourceText source, JsonException ex)
    {
        var (line, column) = source.PositionOf(ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
        var message = ex.Message;
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        return new PlanDiagnostic(fileName, ex.Path ?? JsonPathText.Root, line, column, PlanDiagnosticCodes.JsonSyntax, message.TrimEnd(' ', '.'), "the file must be one JSON object (no comments, no trailing commas, no repeated keys)");
    }

    private static PlanDiagnostic RepeatedProperty(string fileName, string path, (int Line, int Column) position) => new(
        fileName,
        path,
        position.Line,
        position.Column,
        PlanDiagnosticCodes.JsonSyntax,
        $"property '{path[(path.LastIndexOfAny(['.', '[']) + 1)..]}' is repeated in the same object",
        "keep one of them; JSON readers differ on which one wins");

    private static PlanLoadResult Unreadable(string path, string message, string? hint) =>
        PlanLoadResult.Invalid(path, [new PlanDiagnostic(path, JsonPathText.Root, 1, 1, PlanDiagnosticCodes.FileUnreadable, message, hint)]);
}
