using System.Text.Json;
using Integration.Plans.Loading;

namespace Integration.Cli.Plans;

/// <summary>
/// The <c>--json</c> output of <c>plan validate</c>: an array with one object per file,
/// <c>{"file","valid","plan","version","diagnostics":[{"file","line","column","path","code","message","hint"}]}</c>
/// (<c>plan</c> and <c>version</c> are null for an invalid file).
/// </summary>
internal static class PlanValidationJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true };

    public static async Task WriteAsync(TextWriter output, IReadOnlyList<PlanLoadResult> results, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var result in results)
            {
                WriteResult(writer, result);
            }

            writer.WriteEndArray();
        }

        await output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()).AsMemory(), cancellationToken);
    }

    private static void WriteResult(Utf8JsonWriter writer, PlanLoadResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("file", result.File);
        writer.WriteBoolean("valid", result.IsValid);
        writer.WriteString("plan", result.Plan?.Name);
        writer.WriteString("version", result.Version?.Value);
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("file", diagnostic.File);
            writer.WriteNumber("line", diagnostic.Line);
            writer.WriteNumber("column", diagnostic.Column);
            writer.WriteString("path", diagnostic.JsonPath);
            writer.WriteString("code", diagnostic.Code);
            writer.WriteString("message", diagnostic.Message);
            writer.WriteString("hint", diagnostic.Hint);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
