using Integration.Core.Plans;
using Integration.Core.Transforms;
using Integration.Plans.Diagnostics;
using Integration.Plans.Loading;

namespace Integration.Plans.Tests.Loading;

public sealed class PlanLoaderTests
{
    [Fact]
    public void Load_of_valid_plan_reads_the_model_with_defaults()
    {
        var result = PlanLoader.Load(PlanText.Valid, "plan.json");

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics));
        var plan = result.Plan;
        Assert.Equal("test-plan", plan.Name);
        Assert.Equal([("sf", SystemKind.Salesforce), ("hs", SystemKind.HubSpot)], plan.Systems.Select(s => (s.Name, s.Kind)));
        var accounts = plan.Mappings[0];
        Assert.Equal((DeletePolicy.Ignore, "sf"), (accounts.DeletePolicy, accounts.SourceOfTruth));
        Assert.Equal(SyncRule.TwoWay, accounts.Fields[0].Sync);
        Assert.IsType<CopyTransformSpec>(accounts.Fields[0].Transform);
        Assert.Equal(new LookupTransformSpec("Contact", true), accounts.Fields[2].Transform);
        Assert.Equal(["BillingCity", "BillingCountry"], accounts.Fields[4].Sources);
        Assert.Equal(SyncRule.OnCreateOnly, accounts.Fields[5].Sync);
        Assert.Equal("customer", Assert.IsType<ConstantTransformSpec>(accounts.Fields[5].Transform).Value.GetString());
        Assert.Equal(new ConvertTransformSpec(ConvertTarget.DateTime, TimeZone: "Europe/Paris"), accounts.Fields[6].Transform);
        Assert.Equal(new ReconciliationThresholds(0, 0.01m, true, 0.999), plan.Reconciliation.Thresholds);
        Assert.Equal(1.0, plan.Reconciliation.RowHashSampleRate);
        Assert.Equal(2, plan.Rehearsal.ConsecutiveCleanRunsRequired);
        Assert.Equal(30, plan.RollbackWindow.EffectiveDays);
    }

    [Fact]
    public void Load_of_value_map_reads_every_option()
    {
        var result = PlanLoader.Load(PlanText.Valid, "plan.json");

        var valueMap = Assert.IsType<ValueMapTransformSpec>(result.Plan!.Mappings[0].Fields[3].Transform);
        Assert.Equal(("BANKING", UnknownValueBehaviour.Default, "OTHER", true), (valueMap.Map["Banking"], valueMap.OnUnknown, valueMap.Default, valueMap.CaseSensitive));
    }

    [Theory]
    [InlineData("{\n  \"name\": \"x\",\n  \"systems\": ,\n}", 3, 14)]
    [InlineData("{\n  \"name\": \"x\",\n  \"systems\": {", 3, 15)]
    [InlineData("{\n  \"name\": \"été\",\n  \"name\": \"x\"\n}", 3, 3)]
    public void Load_of_malformed_json_reports_one_syntax_error_at_its_line_and_column(string text, int line, int column)
    {
        var diagnostic = Assert.Single(PlanLoader.Load(text, "broken.json").Diagnostics);

        Assert.Equal((PlanDiagnosticCodes.JsonSyntax, "broken.json", line, column), (diagnostic.Code, diagnostic.File, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Load_locates_a_diagnostic_at_the_property_token_it_concerns()
    {
        var text = PlanText.With(("/mappings/1/destination/system", "\"hs2\""));
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("\"hs2\"", StringComparison.Ordinal));
        var column = lines[line].IndexOf("\"system\"", StringComparison.Ordinal);

        var diagnostic = Assert.Single(PlanLoader.Load(text, "plan.json").Diagnostics);

        Assert.Equal((line + 1, column + 1), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Load_locates_a_missing_property_at_its_parent_object()
    {
        var text = PlanText.With(("/reconciliation/thresholds/rowHashMatchRate", PlanText.Remove));
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("\"thresholds\"", StringComparison.Ordinal));

        var diagnostic = Assert.Single(PlanLoader.Load(text, "plan.json").Diagnostics);

        Assert.Equal((line + 1, lines[line].IndexOf('"', StringComparison.Ordinal) + 1), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Load_reports_schema_and_semantic_errors_together()
    {
        var text = PlanText.With(("/systems/sf/kind", "\"salesforse\""), ("/mappings/1/destination/system", "\"hs2\""));

        var result = PlanLoader.Load(text, "plan.json");

        Assert.Equal(
            [(PlanDiagnosticCodes.ValueNotAllowed, "$.systems.sf.kind"), (PlanDiagnosticCodes.UnknownSystem, "$.mappings[1].destination.system")],
            result.Diagnostics.Select(d => (d.Code, d.JsonPath)));
    }

    [Theory]
    [InlineData("/mappings/0/fields/5/transform/kind", "\"Constant\"", "$.mappings[0].fields[5].transform.kind")]
    [InlineData("/mappings/0/source", "\"sf.Account\"", "$.mappings[0].source")]
    [InlineData("/mappings/1/fields/1/transform/object", "42", "$.mappings[1].fields[1].transform.object")]
    [InlineData("/reconciliation/schedule", "21600", "$.reconciliation.schedule")]
    [InlineData("/mappings/0", "[]", "$.mappings[0]")]
    [InlineData("/systems", "[]", "$.systems")]
    public void Load_leaves_out_semantic_errors_about_parts_the_schema_rejected(string location, string json, string path)
    {
        var result = PlanLoader.Load(PlanText.With((location, json)), "plan.json");

        Assert.Equal([path], result.Diagnostics.Select(d => d.JsonPath));
    }

    [Fact]
    public async Task LoadFileAsync_of_missing_file_reports_file_unreadable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-plan-{Guid.NewGuid():N}.json");

        var result = await PlanLoader.LoadFileAsync(path, TestContext.Current.CancellationToken);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((PlanDiagnosticCodes.FileUnreadable, path, "file not found"), (diagnostic.Code, diagnostic.File, diagnostic.Message));
    }

    [Fact]
    public void Diagnostic_ToString_is_file_line_column_path_message_and_hint()
    {
        var diagnostic = new PlanDiagnostic("p.json", "$.name", 2, 5, PlanDiagnosticCodes.ValueNotAllowed, "bad name", "use kebab-case");

        Assert.Equal("p.json:2:5: $.name: bad name (hint: use kebab-case)", diagnostic.ToString());
    }
}
