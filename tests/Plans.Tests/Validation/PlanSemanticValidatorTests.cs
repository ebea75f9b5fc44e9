using Integration.Plans.Diagnostics;
using Integration.Plans.Loading;

namespace Integration.Plans.Tests.Validation;

public sealed class PlanSemanticValidatorTests
{
    private const string Accounts = "/mappings/0";
    private const string Contacts = "/mappings/1";

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // pointer edited, JSON put there, expected code, expected path
        { $"{Accounts}/source/system", "\"sf2\"", PlanDiagnosticCodes.UnknownSystem, "$.mappings[0].source.system" },
        { $"{Accounts}/destination/system", "\"hs2\"", PlanDiagnosticCodes.UnknownSystem, "$.mappings[0].destination.system" },
        { $"{Contacts}/sourceOfTruth", "\"crm\"", PlanDiagnosticCodes.UnknownSystem, "$.mappings[1].sourceOfTruth" },
        { $"{Contacts}/name", "\"accounts\"", PlanDiagnosticCodes.DuplicateMappingName, "$.mappings[1].name" },
        { $"{Accounts}/fields/1/destination", "\"name\"", PlanDiagnosticCodes.DuplicateDestinationField, "$.mappings[0].fields[1].destination" },
        { $"{Contacts}/fields/1/transform/object", "\"Acount\"", PlanDiagnosticCodes.LookupTargetUnmapped, "$.mappings[1].fields[1].transform.object" },
        { $"{Accounts}/fields/2/transform/deferrable", "false", PlanDiagnosticCodes.DependencyCycle, "$.mappings[0].fields[2].transform" },
        { "/reconciliation/schedule", "\"0 */6 * * *\"", PlanDiagnosticCodes.InvalidCron, "$.reconciliation.schedule" },
        { "/reconciliation/schedule", "\"%ReconciliationSchedule%\"", PlanDiagnosticCodes.InvalidCron, "$.reconciliation.schedule" },
        { "/reconciliation/schedule", "\"0 0 25 * * *\"", PlanDiagnosticCodes.InvalidCron, "$.reconciliation.schedule" },
        { $"{Accounts}/fields/6/transform/timeZone", "\"Mars/Olympus_Mons\"", PlanDiagnosticCodes.InvalidTimeZone, "$.mappings[0].fields[6].transform.timeZone" },
        { $"{Accounts}/fields/6/transform/sourceTimeZone", "\"Pacific Standard Time\"", PlanDiagnosticCodes.InvalidTimeZone, "$.mappings[0].fields[6].transform.sourceTimeZone" },
        { $"{Accounts}/fields/3/transform/default", PlanText.Remove, PlanDiagnosticCodes.ValueMapDefaultMissing, "$.mappings[0].fields[3].transform.default" },
        { $"{Accounts}/fields/4/sources", "[\"BillingCity\"]", PlanDiagnosticCodes.ConcatNeedsSources, "$.mappings[0].fields[4].sources" },
        { $"{Accounts}/fields/5/source", "\"Name\"", PlanDiagnosticCodes.ConstantWithSource, "$.mappings[0].fields[5].source" },
        { $"{Accounts}/fields/0/source", PlanText.Remove, PlanDiagnosticCodes.TransformNeedsOneSource, "$.mappings[0].fields[0]" },
        { $"{Accounts}/fields/1/source", PlanText.Remove, PlanDiagnosticCodes.TransformNeedsOneSource, "$.mappings[0].fields[1]" },
        { $"{Contacts}/fields/0/sources", "[\"Email\"]", PlanDiagnosticCodes.SourceAndSources, "$.mappings[1].fields[0].sources" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_of_plan_breaking_one_rule_reports_that_rule_at_its_path(string location, string json, string code, string path)
    {
        var result = PlanLoader.Load(PlanText.With((location, json)), "plan.json");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((code, path), (diagnostic.Code, diagnostic.JsonPath));
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Hint));
    }

    [Fact]
    public void Load_with_source_of_truth_outside_the_mapping_names_both_allowed_systems()
    {
        var text = PlanText.With(("/systems/ns", """{ "kind": "netsuite", "connection": "Ns" }"""), ($"{Contacts}/sourceOfTruth", "\"ns\""));

        var diagnostic = Assert.Single(PlanLoader.Load(text, "plan.json").Diagnostics);

        Assert.Equal((PlanDiagnosticCodes.SourceOfTruthNotInMapping, "$.mappings[1].sourceOfTruth"), (diagnostic.Code, diagnostic.JsonPath));
        Assert.Equal("use 'sf' (source) or 'hs' (destination)", diagnostic.Hint);
    }

    [Fact]
    public void Load_with_two_mappings_of_the_same_object_pair_reports_the_second()
    {
        var copy = """
            { "name": "accounts2", "source": { "system": "sf", "object": "Account" }, "destination": { "system": "hs", "object": "companies" },
              "sourceOfTruth": "sf", "fields": [ { "source": "Name", "destination": "name" } ] }
            """;

        var diagnostic = Assert.Single(PlanLoader.Load(PlanText.With(("/mappings/-", copy)), "plan.json").Diagnostics);

        Assert.Equal((PlanDiagnosticCodes.DuplicateMappingPair, "$.mappings[2].destination"), (diagnostic.Code, diagnostic.JsonPath));
        Assert.Contains("sf.Account -> hs.companies", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_with_unknown_system_lists_the_declared_systems()
    {
        var diagnostic = Assert.Single(PlanLoader.Load(PlanText.With(($"{Accounts}/destination/system", "\"hs2\"")), "plan.json").Diagnostics);

        Assert.Equal("system 'hs2' is not declared in $.systems", diagnostic.Message);
        Assert.Equal("declared: sf, hs", diagnostic.Hint);
    }

    [Fact]
    public void Load_with_five_field_cron_suggests_adding_the_seconds()
    {
        var diagnostic = Assert.Single(PlanLoader.Load(PlanText.With(("/reconciliation/schedule", "\"0 */6 * * *\"")), "plan.json").Diagnostics);

        Assert.Equal("'0 */6 * * *' has 5 fields; a schedule has six (second minute hour day month day-of-week)", diagnostic.Message);
        Assert.Equal("add the seconds: '0 0 */6 * * *'", diagnostic.Hint);
    }

    [Fact]
    public void Load_with_non_deferrable_cycle_prints_the_cycle_path()
    {
        var diagnostic = Assert.Single(PlanLoader.Load(PlanText.With(($"{Accounts}/fields/2/transform/deferrable", "false")), "plan.json").Diagnostics);

        Assert.StartsWith("dependency cycle accounts -> contacts -> accounts:", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_with_windows_time_zone_suggests_the_iana_id()
    {
        var diagnostic = Assert.Single(PlanLoader.Load(PlanText.With(($"{Accounts}/fields/6/transform/timeZone", "\"Romance Standard Time\"")), "plan.json").Diagnostics);

        Assert.Equal("that is a Windows time zone id; the IANA id is 'Europe/Paris'", diagnostic.Hint);
    }

    [Fact]
    public void Load_with_several_broken_rules_reports_all_of_them_in_file_order()
    {
        var text = PlanText.With(
            ($"{Accounts}/source/system", "\"sf2\""),
            ($"{Accounts}/fields/1/destination", "\"name\""),
            ("/reconciliation/schedule", "\"every hour\""));

        var result = PlanLoader.Load(text, "plan.json");

        Assert.Equal(
            [PlanDiagnosticCodes.UnknownSystem, PlanDiagnosticCodes.DuplicateDestinationField, PlanDiagnosticCodes.InvalidCron],
            result.Diagnostics.Select(d => d.Code));
    }
}
