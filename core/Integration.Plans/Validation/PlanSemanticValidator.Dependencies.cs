using Integration.Core.LoadOrder;
using Integration.Core.Transforms;
using Integration.Plans.Diagnostics;
using Integration.Plans.Loading;

namespace Integration.Plans.Validation;

internal sealed partial class PlanSemanticValidator
{
    private void ValidateDependencies()
    {
        // Load order is by mapping name; with a repeated name it is meaningless (and already reported).
        if (plan.Mappings.DistinctBy(m => m.Name, StringComparer.Ordinal).Count() != plan.Mappings.Count)
        {
            return;
        }

        if (LoadOrderPlanner.Plan(plan.Mappings).Cycle is not { } cycle)
        {
            return;
        }

        diagnostics.Add(
            CycleLocation(cycle),
            PlanDiagnosticCodes.DependencyCycle,
            $"dependency cycle {cycle.Path}: no lookup in it is deferrable, so no load order exists",
            "mark one lookup in the cycle \"deferrable\": true; it is then loaded empty and patched once its target is loaded");
    }

    // The lookup of the cycle's first mapping that points at the next one.
    private string CycleLocation(DependencyCycle cycle)
    {
        var mappingIndex = plan.Mappings.ToList().FindIndex(m => m.Name == cycle.Mappings[0]);
        var next = plan.FindMapping(cycle.Mappings[1]);
        var mapping = plan.Mappings[mappingIndex];
        var fieldIndex = mapping.Fields.ToList().FindIndex(f =>
            f.Transform is LookupTransformSpec { Deferrable: false } lookup && lookup.TargetObject == next?.Source.Object);
        var mappingPath = MappingPath(mappingIndex);
        return fieldIndex < 0 ? mappingPath : $"{JsonPathText.Index($"{mappingPath}.fields", fieldIndex)}.transform";
    }
}
