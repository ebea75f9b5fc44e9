using Integration.Plans.Diagnostics;
using Integration.Plans.Loading;

namespace Integration.Plans.Tests.Validation;

public sealed class PlanSchemaDiagnosticsTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "/mappings/0/sourceOfTruht", "\"sf\"", PlanDiagnosticCodes.UnknownProperty, "$.mappings[0].sourceOfTruht" },
        { "/systems/sf/kind", "\"salesforse\"", PlanDiagnosticCodes.ValueNotAllowed, "$.systems.sf.kind" },
        { "/mappings/0/fields/0/sync", "\"one-way\"", PlanDiagnosticCodes.ValueNotAllowed, "$.mappings[0].fields[0].sync" },
        { "/mappings/0/fields/3/transform/mapx", "{}", PlanDiagnosticCodes.UnknownProperty, "$.mappings[0].fields[3].transform.mapx" },
        { "/mappings/0/fields/0/transform", """{ "kind": "uppercase" }""", PlanDiagnosticCodes.ValueNotAllowed, "$.mappings[0].fields[0].transform.kind" },
        { "/mappings/0/fields/3/transform/map", PlanText.Remove, PlanDiagnosticCodes.RequiredPropertyMissing, "$.mappings[0].fields[3].transform.map" },
        { "/reconciliation/thresholds/rowHashMatchRate", "1.5", PlanDiagnosticCodes.OutOfRange, "$.reconciliation.thresholds.rowHashMatchRate" },
        { "/reconciliation/thresholds/rowCountVariance", "-1", PlanDiagnosticCodes.OutOfRange, "$.reconciliation.thresholds.rowCountVariance" },
        { "/reconciliation/rowHashSampleRate", "0", PlanDiagnosticCodes.OutOfRange, "$.reconciliation.rowHashSampleRate" },
        { "/reconciliation/thresholds/rowHashMatchRate", PlanText.Remove, PlanDiagnosticCodes.MissingThreshold, "$.reconciliation.thresholds.rowHashMatchRate" },
        { "/reconciliation/thresholds", PlanText.Remove, PlanDiagnosticCodes.MissingThreshold, "$.reconciliation.thresholds" },
        { "/rehearsal", """{ "consecutiveCleanRunsRequired": "two" }""", PlanDiagnosticCodes.WrongType, "$.rehearsal.consecutiveCleanRunsRequired" },
        { "/rehearsal", """{ "consecutiveCleanRunsRequired": 0 }""", PlanDiagnosticCodes.OutOfRange, "$.rehearsal.consecutiveCleanRunsRequired" },
        { "/rollbackWindow/kind", "\"crm\"", PlanDiagnosticCodes.ValueNotAllowed, "$.rollbackWindow.kind" },
        { "/mappings/0/deletePolicy", "\"purge\"", PlanDiagnosticCodes.ValueNotAllowed, "$.mappings[0].deletePolicy" },
        { "/mappings/0/fields/6/transform/to", "\"int\"", PlanDiagnosticCodes.ValueNotAllowed, "$.mappings[0].fields[6].transform.to" },
        { "/mappings/0/name", "\"bad name\"", PlanDiagnosticCodes.ValueNotAllowed, "$.mappings[0].name" },
        { "/mappings", "[]", PlanDiagnosticCodes.OutOfRange, "$.mappings" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_of_plan_violating_the_schema_reports_the_violation_at_its_path(string location, string json, string code, string path)
    {
        var result = PlanLoader.Load(PlanText.With((location, json)), "plan.json");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((code, path), (diagnostic.Code, diagnostic.JsonPath));
    }

    [Fact]
    public void Load_of_empty_object_lists_every_missing_required_property_at_the_root()
    {
        var result = PlanLoader.Load("{}", "empty.json");

        Assert.Equal(
            ["$.mappings", "$.name", "$.reconciliation", "$.rollbackWindow", "$.systems"],
            result.Diagnostics.Select(d => d.JsonPath).Order(StringComparer.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.Equal((1, 1), (d.Line, d.Column)));
        Assert.Equal(PlanDiagnosticCodes.MissingThreshold, result.Diagnostics.Single(d => d.JsonPath == "$.reconciliation").Code);
        Assert.Equal(PlanDiagnosticCodes.RequiredPropertyMissing, result.Diagnostics.Single(d => d.JsonPath == "$.name").Code);
    }

    [Fact]
    public void Load_with_misspelt_property_lists_the_allowed_properties()
    {
        var diagnostic = Assert.Single(PlanLoader.Load(PlanText.With(("/mappings/0/fields/3/transform/mapx", "{}")), "plan.json").Diagnostics);

        Assert.Equal("property 'mapx' is not allowed here", diagnostic.Message);
        Assert.Equal("allowed: kind, map, onUnknown, default, caseSensitive", diagnostic.Hint);
    }

    [Fact]
    public void Load_with_value_outside_enum_lists_the_allowed_values()
    {
        var diagnostic = Assert.Single(PlanLoader.Load(PlanText.With(("/systems/sf/kind", "\"salesforse\"")), "plan.json").Diagnostics);

        Assert.Equal("'salesforse' is not an allowed value", diagnostic.Message);
        Assert.Equal("allowed: salesforce, hubspot, netsuite", diagnostic.Hint);
    }
}
