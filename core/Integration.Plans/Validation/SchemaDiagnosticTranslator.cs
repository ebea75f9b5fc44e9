using System.Text.Json;
using Integration.Plans.Diagnostics;
using Integration.Plans.Loading;

namespace Integration.Plans.Validation;

/// <summary>
/// Turns schema errors into plan diagnostics: one per failing location, one per missing required
/// property, with messages naming the value and hints taken from the schema (allowed values,
/// allowed properties, the property's description).
/// </summary>
internal static class SchemaDiagnosticTranslator
{
    private const string AdditionalProperties = "/additionalProperties";

    public static void Translate(JsonElement plan, IReadOnlyList<SchemaFailure> failures, DiagnosticCollector diagnostics)
    {
        var byLocation = new Dictionary<string, (string Code, List<string> Messages, string? Hint)>(StringComparer.Ordinal);
        foreach (var failure in failures)
        {
            var path = JsonPointerNavigation.ToJsonPath(plan, failure.InstancePointer);
            if (failure.Keyword == "required")
            {
                AddMissing(plan, failure, path, diagnostics);
                continue;
            }

            var (code, message, hint) = Describe(plan, failure, path);
            if (byLocation.TryGetValue(path, out var existing))
            {
                existing.Messages.Add(message);
            }
            else
            {
                byLocation[path] = (code, [message], hint);
            }
        }

        foreach (var (path, (code, messages, hint)) in byLocation)
        {
            diagnostics.Add(path, code, string.Join("; ", messages.Distinct(StringComparer.Ordinal)), hint);
        }
    }

    private static void AddMissing(JsonElement plan, SchemaFailure failure, string path, DiagnosticCollector diagnostics)
    {
        var (schemaNode, _) = JsonPointerNavigation.Resolve(PlanSchema.Root, failure.SchemaFragment);
        var (instance, _) = JsonPointerNavigation.Resolve(plan, failure.InstancePointer);
        if (!schemaNode.TryGetProperty("required", out var required) || instance.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(path, PlanDiagnosticCodes.RequiredPropertyMissing, failure.Message);
            return;
        }

        foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !instance.TryGetProperty(n, out _)))
        {
            var missingPath = JsonPathText.Property(path, name);
            var isThreshold = missingPath.StartsWith("$.reconciliation", StringComparison.Ordinal) && name != "schedule";
            diagnostics.Add(
                missingPath,
                isThreshold ? PlanDiagnosticCodes.MissingThreshold : PlanDiagnosticCodes.RequiredPropertyMissing,
                isThreshold
                    ? $"required property '{name}' is missing; reconciliation thresholds are fixed before the first rehearsal"
                    : $"required property '{name}' is missing",
                SchemaText.DescriptionOfProperty(schemaNode, name));
        }
    }

    private static (string Code, string Message, string? Hint) Describe(JsonElement plan, SchemaFailure failure, string path)
    {
        var (schemaNode, _) = JsonPointerNavigation.Resolve(PlanSchema.Root, failure.SchemaFragment);
        var (instance, _) = JsonPointerNavigation.Resolve(plan, failure.InstancePointer);
        var shown = SchemaText.Show(instance);

        if (failure.EvaluationPath.EndsWith(AdditionalProperties, StringComparison.Ordinal))
        {
            var name = JsonPointerNavigation.Segments(failure.InstancePointer).LastOrDefault() ?? string.Empty;
            var cut = failure.SchemaFragment.LastIndexOf(AdditionalProperties, StringComparison.Ordinal);
            var (parentSchema, _) = JsonPointerNavigation.Resolve(PlanSchema.Root, cut < 0 ? failure.SchemaFragment : failure.SchemaFragment[..cut]);
            return (PlanDiagnosticCodes.UnknownProperty, $"property '{name}' is not allowed here", SchemaText.AllowedProperties(parentSchema));
        }

        return failure.Keyword switch
        {
            "enum" => (PlanDiagnosticCodes.ValueNotAllowed, $"{shown} is not an allowed value", SchemaText.AllowedValues(schemaNode)),
            "const" => (PlanDiagnosticCodes.ValueNotAllowed, $"{shown} is not allowed here; {failure.Message}", null),
            "pattern" => (PlanDiagnosticCodes.ValueNotAllowed, $"{shown} does not match the pattern {SchemaText.Keyword(schemaNode, "pattern")}", SchemaText.Description(schemaNode)),
            "type" => (PlanDiagnosticCodes.WrongType, $"expected {SchemaText.Keyword(schemaNode, "type")}, found {SchemaText.KindOf(instance)} {shown}", SchemaText.Description(schemaNode)),
            "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" or "minLength" or "maxLength"
                or "minItems" or "maxItems" or "minProperties" or "uniqueItems"
                => (PlanDiagnosticCodes.OutOfRange, failure.Message, SchemaText.Description(schemaNode)),
            _ => (PlanDiagnosticCodes.SchemaViolation, failure.Message, SchemaText.Description(schemaNode)),
        };
    }
}
