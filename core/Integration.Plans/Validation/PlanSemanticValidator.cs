using Integration.Core.Plans;
using Integration.Plans.Diagnostics;
using Integration.Plans.Loading;

namespace Integration.Plans.Validation;

/// <summary>
/// The rules the schema cannot express: references between parts of the plan (systems, lookups,
/// load order), uniqueness, transform arity, cron and time zones. Runs on a schema-valid plan.
/// </summary>
internal sealed partial class PlanSemanticValidator(MigrationPlan plan, DiagnosticCollector diagnostics)
{
    private readonly HashSet<string> _declaredSystems = plan.Systems.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

    public static void Validate(MigrationPlan plan, DiagnosticCollector diagnostics)
    {
        var validator = new PlanSemanticValidator(plan, diagnostics);
        validator.ValidateMappings();
        validator.ValidateDependencies();
        validator.ValidateReconciliation();
    }

    private static string MappingPath(int index) => JsonPathText.Index("$.mappings", index);

    private string DeclaredSystems => string.Join(", ", plan.Systems.Select(s => s.Name));

    private void ValidateMappings()
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Mappings.Count; i++)
        {
            var mapping = plan.Mappings[i];
            var path = MappingPath(i);
            CheckSystem($"{path}.source.system", mapping.Source.System);
            CheckSystem($"{path}.destination.system", mapping.Destination.System);
            CheckSourceOfTruth(path, mapping);

            if (mapping.Name.Length > 0 && !names.TryAdd(mapping.Name, i))
            {
                diagnostics.Add(
                    $"{path}.name",
                    PlanDiagnosticCodes.DuplicateMappingName,
                    $"mapping name '{mapping.Name}' is already used by {MappingPath(names[mapping.Name])}",
                    "mapping names must be unique within a plan");
            }

            var pair = $"{mapping.Source.System}.{mapping.Source.Object} -> {mapping.Destination.System}.{mapping.Destination.Object}";
            var complete = new[] { mapping.Source.System, mapping.Source.Object, mapping.Destination.System, mapping.Destination.Object }.All(p => p.Length > 0);
            if (complete && !pairs.TryAdd(pair, i))
            {
                var first = plan.Mappings[pairs[pair]];
                diagnostics.Add(
                    $"{path}.destination",
                    PlanDiagnosticCodes.DuplicateMappingPair,
                    $"mapping '{mapping.Name}' maps {pair} again; mapping '{first.Name}' ({MappingPath(pairs[pair])}) already does",
                    "put all fields of one object pair in one mapping");
            }

            ValidateFields(path, mapping);
        }
    }

    // An empty name or an empty systems section is a schema error already; repeating it per mapping is noise.
    private void CheckSystem(string path, string system)
    {
        if (system.Length > 0 && _declaredSystems.Count > 0 && !_declaredSystems.Contains(system))
        {
            diagnostics.Add(path, PlanDiagnosticCodes.UnknownSystem, $"system '{system}' is not declared in $.systems", $"declared: {DeclaredSystems}");
        }
    }

    private void CheckSourceOfTruth(string mappingPath, ObjectMapping mapping)
    {
        var path = $"{mappingPath}.sourceOfTruth";
        if (mapping.SourceOfTruth.Length == 0)
        {
            return;
        }

        if (!_declaredSystems.Contains(mapping.SourceOfTruth))
        {
            CheckSystem(path, mapping.SourceOfTruth);
        }
        else if (_declaredSystems.Contains(mapping.Source.System)
            && _declaredSystems.Contains(mapping.Destination.System)
            && mapping.SourceOfTruth != mapping.Source.System && mapping.SourceOfTruth != mapping.Destination.System)
        {
            diagnostics.Add(
                path,
                PlanDiagnosticCodes.SourceOfTruthNotInMapping,
                $"source of truth '{mapping.SourceOfTruth}' is neither this mapping's source system nor its destination system",
                $"use '{mapping.Source.System}' (source) or '{mapping.Destination.System}' (destination)");
        }
    }
}
