using System.Text.Json;
using Integration.Core.LoadOrder;
using Integration.Plans.Loading;
using Integration.Plans.Validation;

namespace Integration.Plans.Tests.Examples;

public sealed class ExamplePlansTests
{
    public static TheoryData<string> ExampleFiles => new(
        Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "plans", "examples"), "*.json")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)!);

    [Fact]
    public void Examples_folder_holds_the_documented_examples()
    {
        Assert.Equal(["netsuite-salesforce-two-way.json", "salesforce-to-hubspot.json"], ExampleFiles.Select(row => row.Data));
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public async Task Example_plan_is_valid(string fileName)
    {
        var result = await PlanLoader.LoadFileAsync(ExamplePath(fileName), TestContext.Current.CancellationToken);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.StartsWith("sha256:", result.Version.Value.Value, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public async Task Example_plan_is_valid_against_the_schema_alone_and_points_at_it(string fileName)
    {
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(ExamplePath(fileName), TestContext.Current.CancellationToken));

        Assert.True(PlanSchema.IsValid(document.RootElement));
        var schemaReference = document.RootElement.GetProperty("$schema").GetString()!;
        Assert.Equal("../../schemas/plan.schema.json", schemaReference);
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ExamplePath(fileName))!, schemaReference))));
    }

    [Fact]
    public async Task Salesforce_to_HubSpot_loads_accounts_before_contacts_and_deals_and_patches_parents_later()
    {
        var result = await PlanLoader.LoadFileAsync(ExamplePath("salesforce-to-hubspot.json"), TestContext.Current.CancellationToken);

        var order = LoadOrderPlanner.Plan(result.Plan!.Mappings);

        Assert.Equal(["accounts", "contacts,opportunities"], order.Stages.Select(s => string.Join(',', s.Mappings.Select(m => m.Name))));
        Assert.Equal(("accounts", "ParentId", "hs_parent_company_id"), order.DeferredPatches.Select(p => (p.Mapping, p.SourceField, p.DestinationField)).Single());
    }

    [Fact]
    public async Task NetSuite_example_uses_the_erp_rollback_window()
    {
        var result = await PlanLoader.LoadFileAsync(ExamplePath("netsuite-salesforce-two-way.json"), TestContext.Current.CancellationToken);

        Assert.Equal(90, result.Plan!.RollbackWindow.EffectiveDays);
    }

    private static string ExamplePath(string fileName) => Path.Combine(RepositoryRoot.Path, "plans", "examples", fileName);
}
