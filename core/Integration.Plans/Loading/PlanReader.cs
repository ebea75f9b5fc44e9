using System.Text.Json;
using Integration.Core.Plans;

namespace Integration.Plans.Loading;

/// <summary>Reads the plan model from a document the schema has accepted.</summary>
internal static class PlanReader
{
    public static MigrationPlan Read(JsonElement root)
    {
        var systems = root.Member("systems") is { } systemsElement
            ? systemsElement.EnumerateObject().Select(p => new SystemDefinition(
                p.Name,
                p.Value.Enum("kind", PlanJsonNames.SystemKinds, SystemKind.Salesforce),
                p.Value.String("connection"))).ToList()
            : [];
        var mappings = root.Member("mappings") is { } mappingsElement
            ? mappingsElement.EnumerateArray().Select(ReadMapping).ToList()
            : [];
        return new MigrationPlan(
            root.String("name"),
            root.StringOrNull("description"),
            systems,
            mappings,
            ReadReconciliation(root.Member("reconciliation") ?? default),
            new RehearsalSettings(root.Member("rehearsal")?.Member("consecutiveCleanRunsRequired")?.GetInt32() ?? RehearsalSettings.DefaultConsecutiveCleanRuns),
            ReadRollbackWindow(root.Member("rollbackWindow") ?? default));
    }

    private static ObjectMapping ReadMapping(JsonElement mapping) => new(
        mapping.String("name"),
        ReadEndpoint(mapping.Member("source") ?? default),
        ReadEndpoint(mapping.Member("destination") ?? default),
        mapping.String("sourceOfTruth"),
        mapping.Enum("deletePolicy", PlanJsonNames.DeletePolicies, DeletePolicy.Ignore),
        mapping.StringOrNull("filter"),
        mapping.Member("fields") is { } fields ? fields.EnumerateArray().Select(ReadField).ToList() : [],
        ReadMappingReconciliation(mapping.Member("reconciliation") ?? default));

    private static ObjectEndpoint ReadEndpoint(JsonElement endpoint) =>
        new(endpoint.String("system"), endpoint.String("object"), endpoint.StringOrNull("externalIdField"));

    private static FieldMapping ReadField(JsonElement field)
    {
        var sources = field.StringOrNull("source") is { } single ? [single, .. field.Strings("sources")] : field.Strings("sources");
        return new FieldMapping(
            sources,
            field.String("destination"),
            TransformReader.Read(field.Member("transform")),
            field.Enum("sync", PlanJsonNames.SyncRules, SyncRule.TwoWay));
    }

    private static MappingReconciliation ReadMappingReconciliation(JsonElement reconciliation)
    {
        var aggregates = reconciliation.Member("aggregates") ?? default;
        return new MappingReconciliation(aggregates.Strings("sum"), aggregates.Strings("minMax"), reconciliation.Strings("rowHash"));
    }

    private static ReconciliationSettings ReadReconciliation(JsonElement reconciliation)
    {
        var thresholds = reconciliation.Member("thresholds") ?? default;
        return new ReconciliationSettings(
            reconciliation.String("schedule"),
            new ReconciliationThresholds(
                thresholds.Member("rowCountVariance") is { } rows ? (long)rows.GetDecimal() : 0,
                thresholds.Member("sumVariancePercent")?.GetDecimal() ?? 0m,
                thresholds.Bool("dateMinMaxExact", true),
                thresholds.Member("rowHashMatchRate")?.GetDouble() ?? 1.0),
            reconciliation.Member("rowHashSampleRate")?.GetDouble() ?? 1.0);
    }

    private static RollbackWindow ReadRollbackWindow(JsonElement window) => new(
        window.Enum("kind", PlanJsonNames.RollbackKinds, RollbackKind.Saas),
        window.Member("days") is { } days ? (int)days.GetDecimal() : null);
}
