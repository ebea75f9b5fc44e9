using Integration.Core.Schema;
using Integration.Plans.Diagnostics;
using Integration.Plans.Loading;
using Integration.Plans.Validation;

namespace Integration.Plans.Tests.Validation;

public sealed class PlanSystemValidatorTests
{
    private const string Plan = """
        {
          "name": "a-to-b",
          "systems": {
            "a": { "kind": "salesforce", "connection": "A" },
            "b": { "kind": "salesforce", "connection": "B" }
          },
          "mappings": [
            {
              "name": "accounts",
              "source": { "system": "a", "object": "Account" },
              "destination": { "system": "b", "object": "DEST_OBJECT", "externalIdField": "Ext" },
              "sourceOfTruth": "a",
              "fields": [
                { "source": "Name", "destination": "Name" },
                { "sources": ["City", "SECOND_SOURCE"], "destination": "City", "transform": { "kind": "concat", "separator": " " } },
                { "source": "Name", "destination": "Number", "sync": "NUMBER_SYNC" }
              ]
            }
          ],
          "reconciliation": {
            "schedule": "0 0 */6 * * *",
            "thresholds": { "rowCountVariance": 0, "sumVariancePercent": 0, "dateMinMaxExact": true, "rowHashMatchRate": 1.0 }
          },
          "rollbackWindow": { "kind": "saas" }
        }
        """;

    [Theory]
    [InlineData("Account", "Name", "on-create-only", null, null)]
    [InlineData("Account", "Name", "two-way", "$.mappings[0].fields[2].destination", PlanDiagnosticCodes.FieldNotWritable)]
    [InlineData("Account", "Cty", "on-create-only", "$.mappings[0].fields[1].sources[1]", PlanDiagnosticCodes.UnknownFieldInSystem)]
    [InlineData("Acount", "Name", "on-create-only", "$.mappings[0].destination.object", PlanDiagnosticCodes.UnknownObjectInSystem)]
    public async Task Field_rule_is_reported_at_the_offending_path_or_not_at_all(string destinationObject, string secondSource, string numberSync, string? path, string? code)
    {
        var diagnostics = await ValidateAsync(Text(destinationObject, secondSource, numberSync), _ => new InMemorySchemaProvider());

        Assert.Equal(path is null ? [] : [(path, code!)], diagnostics.Select(d => (d.JsonPath, d.Code)).ToList());
    }

    [Fact]
    public async Task System_without_a_schema_is_reported_at_its_endpoints_system()
    {
        var diagnostics = await ValidateAsync(Text("Account", "Name", "on-create-only"), system => system == "a" ? new InMemorySchemaProvider() : null);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("$.mappings[0].destination.system", PlanDiagnosticCodes.SystemUnavailable), (diagnostic.JsonPath, diagnostic.Code));
        Assert.Contains("'b'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_that_did_not_load_is_refused()
    {
        var loaded = PlanLoader.Load("{}", "empty.json");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => PlanSystemValidator.ValidateAsync(loaded, _ => new InMemorySchemaProvider(), TestContext.Current.CancellationToken));

        Assert.Contains("empty.json did not load", error.Message, StringComparison.Ordinal);
    }

    private static string Text(string destinationObject, string secondSource, string numberSync) => Plan
        .Replace("DEST_OBJECT", destinationObject, StringComparison.Ordinal)
        .Replace("SECOND_SOURCE", secondSource, StringComparison.Ordinal)
        .Replace("NUMBER_SYNC", numberSync, StringComparison.Ordinal);

    private static async Task<IReadOnlyList<PlanDiagnostic>> ValidateAsync(string text, Func<string, IObjectSchemaProvider?> schemas)
    {
        var loaded = PlanLoader.Load(text, "a-to-b.json");
        Assert.True(loaded.IsValid, string.Join(Environment.NewLine, loaded.Diagnostics));
        return await PlanSystemValidator.ValidateAsync(loaded, schemas, TestContext.Current.CancellationToken);
    }
}
