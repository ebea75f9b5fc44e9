using Integration.Core.Plans;
using Integration.Core.Transforms;
using Integration.Plans.Diagnostics;
using Integration.Plans.Loading;

namespace Integration.Plans.Validation;

internal sealed partial class PlanSemanticValidator
{
    private void ValidateFields(string mappingPath, ObjectMapping mapping)
    {
        var destinations = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < mapping.Fields.Count; j++)
        {
            var field = mapping.Fields[j];
            var path = JsonPathText.Index($"{mappingPath}.fields", j);
            if (field.Destination.Length > 0 && !destinations.TryAdd(field.Destination, j))
            {
                diagnostics.Add(
                    $"{path}.destination",
                    PlanDiagnosticCodes.DuplicateDestinationField,
                    $"destination field '{field.Destination}' is already written by {JsonPathText.Index($"{mappingPath}.fields", destinations[field.Destination])}",
                    "map each destination field once; use concat to combine several source fields");
            }

            ValidateSources(path, field);
            ValidateTransform($"{path}.transform", field.Transform);
        }
    }

    private void ValidateSources(string fieldPath, FieldMapping field)
    {
        var hasSource = diagnostics.Positions.Contains($"{fieldPath}.source");
        var hasSources = diagnostics.Positions.Contains($"{fieldPath}.sources");
        var sourcesPath = hasSources ? $"{fieldPath}.sources" : hasSource ? $"{fieldPath}.source" : fieldPath;
        var count = field.Sources.Count;
        if (hasSource && hasSources)
        {
            diagnostics.Add(sourcesPath, PlanDiagnosticCodes.SourceAndSources, "a field mapping has either 'source' or 'sources', not both", "use 'sources' for concat, 'source' otherwise");
            return;
        }

        switch (field.Transform)
        {
            case ConcatTransformSpec when count < 2:
                diagnostics.Add(sourcesPath, PlanDiagnosticCodes.ConcatNeedsSources, $"concat joins at least two source fields; this field mapping reads {count}", "list them in order: \"sources\": [\"BillingCity\", \"BillingCountry\"]");
                break;
            case ConstantTransformSpec when count > 0:
                diagnostics.Add(sourcesPath, PlanDiagnosticCodes.ConstantWithSource, $"a constant reads no source field, but this field mapping names {count}", "remove 'source'/'sources' from this field mapping");
                break;
            case ConcatTransformSpec or ConstantTransformSpec:
                break;
            case var transform when count != 1:
                diagnostics.Add(
                    sourcesPath,
                    PlanDiagnosticCodes.TransformNeedsOneSource,
                    $"a {KindName(transform.Kind)} transform reads exactly one source field; this field mapping reads {count}",
                    count == 0 ? "add \"source\": \"<field>\", or use a constant transform" : "use \"source\" with one field, or a concat transform to join several");
                break;
        }
    }

    private void ValidateTransform(string path, TransformSpec transform)
    {
        switch (transform)
        {
            case ValueMapTransformSpec { OnUnknown: UnknownValueBehaviour.Default } when !diagnostics.Positions.Contains($"{path}.default"):
                diagnostics.Add($"{path}.default", PlanDiagnosticCodes.ValueMapDefaultMissing, "onUnknown is 'default' but no 'default' value is given", "add \"default\": \"<value>\", or use onUnknown 'error' or 'passThrough'");
                break;
            case ConvertTransformSpec convert:
                CheckTimeZone($"{path}.sourceTimeZone", convert.SourceTimeZone);
                CheckTimeZone($"{path}.timeZone", convert.TimeZone);
                break;
            // With a mapping whose source object is unreadable (a schema error), the target may be that one.
            case LookupTransformSpec lookup when lookup.TargetObject.Length > 0
                && plan.Mappings.All(m => m.Source.Object.Length > 0)
                && !plan.Mappings.Any(m => m.Source.Object == lookup.TargetObject):
                diagnostics.Add(
                    $"{path}.object",
                    PlanDiagnosticCodes.LookupTargetUnmapped,
                    $"lookup to object '{lookup.TargetObject}', but no mapping has it as its source object",
                    $"mapped source objects: {string.Join(", ", plan.Mappings.Select(m => m.Source.Object).Distinct(StringComparer.Ordinal))}; add a mapping for '{lookup.TargetObject}' first");
                break;
        }
    }

    private void CheckTimeZone(string path, string? zone)
    {
        if (zone is null || (TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) && found.HasIanaId))
        {
            return;
        }

        var hint = TimeZoneInfo.TryConvertWindowsIdToIanaId(zone, out var iana)
            ? $"that is a Windows time zone id; the IANA id is '{iana}'"
            : "use an IANA id such as 'Europe/Paris', 'America/New_York' or 'UTC'";
        diagnostics.Add(path, PlanDiagnosticCodes.InvalidTimeZone, $"'{zone}' is not an IANA time zone id", hint);
    }

    private static string KindName(TransformKind kind) => kind switch
    {
        TransformKind.ValueMap => "valueMap",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
