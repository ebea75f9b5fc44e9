using System.Text.Json;
using Integration.Core.Plans;

namespace Integration.Plans.Loading;

/// <summary>
/// Reads the plan model from a plan document. Tolerant: parts missing or of the wrong type read
/// as empty or default, so the semantic rules can run even when the schema found errors.
/// </summary>
internal static class PlanReader
{
    public static MigrationPlan Read(JsonElement root)
    {
        var systems = root.ObjectOrEmpty("systems") is { ValueKind: JsonValueKind.Object } systemsElement
            ? systemsElement.EnumerateObject().Select(p => new SystemDefinition(
                p.Name,
                p.Value.Enum("kind", PlanJsonNames.SystemKinds, SystemKind.Salesforce),
                p.Value.String("connection"))).ToList()
            : [];
        var rehearsal = root.ObjectOrEmpty("rehearsal");
        return new MigrationPlan(
            root.String("name"),
            root.StringOrNull("description"),
            systems,
            root.Items("mappings").Select(ReadMapping).ToList(),
            ReadReconciliation(root.ObjectOrEmpty("reconciliation")),
            new RehearsalSettings(rehearsal.Int32("consecutiveCleanRunsRequired") ?? RehearsalSettings.DefaultConsecutiveCleanRuns),
            ReadRollbackWindow(root.ObjectOrEmpty("rollbackWindow")));
    }

    private static ObjectMapping ReadMapping(JsonElement mapping) => new(
        mapping.String("name"),
        ReadEndpoint(mapping.ObjectOrEmpty("source")),
        ReadEndpoint(mapping.ObjectOrEmpty("destination")),
        mapping.String("sourceOfTruth"),
        mapping.Enum("deletePolicy", PlanJsonNames.DeletePolicies, DeletePolicy.Ignore),
        mapping.StringOrNull("filter"),
        mapping.Items("fields").Select(ReadField).ToList(),
        ReadMappingReconciliation(mapping.ObjectOrEmpty("reconciliation")));

    private static ObjectEndpoint ReadEndpoint(JsonElement endpoint) =>
        new(endpoint.String("system"), endpoint.String("object"), endpoint.StringOrNull("externalIdField"));

    private static FieldMapping ReadField(JsonElement field)
    {
        IReadOnlyList<string> sources = field.StringOrNull("source") is { } single ? [single, .. field.Strings("sources")] : field.Strings("sources");
        return new FieldMapping(
            sources,
            field.String("destination"),
            TransformReader.Read(field.ObjectOrEmpty("transform")),
            field.Enum("sync", PlanJsonNames.SyncRules, SyncRule.TwoWay));
    }

    private static MappingReconciliation ReadMappingReconciliation(JsonElement reconciliation)
    {
        var aggregates = reconciliation.ObjectOrEmpty("aggregates");
        return new MappingReconciliation(aggregates.Strings("sum"), aggregates.Strings("minMax"), reconciliation.Strings("rowHash"));
    }

    private static ReconciliationSettings ReadReconciliation(JsonElement reconciliation)
    {
        var thresholds = reconciliation.ObjectOrEmpty("thresholds");
        return new ReconciliationSettings(
            reconciliation.String("schedule"),
            new ReconciliationThresholds(
                thresholds.Int64("rowCountVariance") ?? 0,
                thresholds.Decimal("sumVariancePercent") ?? 0m,
                thresholds.Bool("dateMinMaxExact", true),
                thresholds.Double("rowHashMatchRate") ?? 1.0),
            reconciliation.Double("rowHashSampleRate") ?? 1.0);
    }

    private static RollbackWindow ReadRollbackWindow(JsonElement window) => new(
        window.Enum("kind", PlanJsonNames.RollbackKinds, RollbackKind.Saas),
        window.Int32("days"));
}
