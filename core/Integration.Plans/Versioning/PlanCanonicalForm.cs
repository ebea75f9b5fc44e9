using System.Text.Encodings.Web;
using System.Text.Json;
using Integration.Core.Plans;

namespace Integration.Plans.Versioning;

/// <summary>
/// The canonical JSON form of a plan, from which its <see cref="PlanVersion"/> is computed: object
/// keys sorted ordinally, no insignificant whitespace, the root <c>$schema</c> key left out, strings
/// re-escaped minimally, numbers exactly as written (so <c>1.0</c> and <c>1</c> differ).
/// Reordering keys or reformatting does not change the version; changing any value does.
/// </summary>
public static class PlanCanonicalForm
{
    private const string SchemaKey = "$schema";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The canonical form as UTF-8 bytes.</summary>
    /// <param name="plan">The plan's root element.</param>
    /// <returns>The canonical JSON.</returns>
    public static byte[] ToUtf8Bytes(JsonElement plan)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, plan, isRoot: true);
        }

        return buffer.ToArray();
    }

    /// <summary>The version of a plan: the SHA-256 of its canonical form.</summary>
    /// <param name="plan">The plan's root element.</param>
    /// <returns>The plan version.</returns>
    public static PlanVersion ComputeVersion(JsonElement plan) => PlanVersion.FromCanonicalJson(ToUtf8Bytes(plan));

    private static void Write(Utf8JsonWriter writer, JsonElement element, bool isRoot)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject()
                    .Where(p => !(isRoot && p.Name == SchemaKey))
                    .OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value, isRoot: false);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item, isRoot: false);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(element.GetString());
                break;
            default:
                // Numbers, true, false and null keep their literal text.
                writer.WriteRawValue(element.GetRawText(), skipInputValidation: true);
                break;
        }
    }
}
