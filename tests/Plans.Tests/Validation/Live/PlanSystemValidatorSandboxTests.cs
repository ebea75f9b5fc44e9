using Integration.Plans.Diagnostics;
using Integration.Plans.Loading;
using Integration.Plans.Validation;

namespace Integration.Plans.Tests.Validation.Live;

/// <summary>An org-to-org Salesforce plan validated against the sandbox through the Salesforce connector's describe.</summary>
public sealed class PlanSystemValidatorSandboxTests(SalesforceSandboxSchema salesforce) : IClassFixture<SalesforceSandboxSchema>
{
    private const string Plan = """
        {
          "name": "org-merge",
          "systems": {
            "legacy": { "kind": "salesforce", "connection": "Legacy" },
            "sf": { "kind": "salesforce", "connection": "Main" }
          },
          "mappings": [
            {
              "name": "accounts",
              "source": { "system": "legacy", "object": "Account" },
              "destination": { "system": "sf", "object": "Account", "externalIdField": "EXTERNAL_ID" },
              "sourceOfTruth": "legacy",
              "fields": [
                { "source": "Name", "destination": "Name" },
                { "source": "PHONE_SOURCE", "destination": "Phone" },
                { "source": "CreatedDate", "destination": "DESCRIPTION_DESTINATION" }
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

    [Fact]
    public async Task Plan_whose_fields_all_exist_and_fit_their_direction_passes()
    {
        var diagnostics = await ValidateAsync(Text("External_Id__c", "Phone", "Description"));

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("External_Id__c", "Phone", "Descripton__c", "$.mappings[0].fields[2].destination", PlanDiagnosticCodes.UnknownFieldInSystem, "sf", "Account has no field 'Descripton__c'")]
    [InlineData("External_Id__c", "Phone", "LastModifiedDate", "$.mappings[0].fields[2].destination", PlanDiagnosticCodes.FieldNotWritable, "sf", "Account.LastModifiedDate is read-only")]
    [InlineData("External_Id__c", "Phnoe", "Description", "$.mappings[0].fields[1].source", PlanDiagnosticCodes.UnknownFieldInSystem, "legacy", "Account has no field 'Phnoe'")]
    [InlineData("Name", "Phone", "Description", "$.mappings[0].destination.externalIdField", PlanDiagnosticCodes.NotExternalId, "sf", "Account.Name is not an external id field")]
    public async Task Plan_naming_a_field_the_org_rejects_fails_at_that_fields_path_and_position(
        string externalId, string phoneSource, string descriptionDestination, string path, string code, string system, string message)
    {
        var text = Text(externalId, phoneSource, descriptionDestination);

        var diagnostic = Assert.Single(await ValidateAsync(text));

        Assert.Equal((path, code), (diagnostic.JsonPath, diagnostic.Code));
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith($"system '{system}': ", diagnostic.Message, StringComparison.Ordinal);
        var line = text.Split('\n')[diagnostic.Line - 1];
        var key = path[(path.LastIndexOf('.') + 1)..];
        Assert.Equal(line.IndexOf($"\"{key}\"", StringComparison.Ordinal) + 1, diagnostic.Column);
        Assert.Contains(new[] { externalId, phoneSource, descriptionDestination }, value => line.Contains($"\"{value}\"", StringComparison.Ordinal));
    }

    private static string Text(string externalId, string phoneSource, string descriptionDestination) => Plan
        .Replace("EXTERNAL_ID", externalId, StringComparison.Ordinal)
        .Replace("PHONE_SOURCE", phoneSource, StringComparison.Ordinal)
        .Replace("DESCRIPTION_DESTINATION", descriptionDestination, StringComparison.Ordinal);

    private async Task<IReadOnlyList<PlanDiagnostic>> ValidateAsync(string text)
    {
        var loaded = PlanLoader.Load(text, "org-merge.json");
        Assert.True(loaded.IsValid, string.Join(Environment.NewLine, loaded.Diagnostics));
        return await PlanSystemValidator.ValidateAsync(loaded, _ => salesforce.Schema, TestContext.Current.CancellationToken);
    }
}
