using Integration.Core.LoadOrder;

namespace Integration.Core.Tests.LoadOrder;

public sealed class LoadOrderPlannerTests
{
    public static TheoryData<string, string, string> OrderedCases => new()
    {
        // sketch, expected stages ("|" between stages), expected deferred patches
        { "accounts:Account", "accounts", "" },
        { "contacts:Contact>Account accounts:Account", "accounts | contacts", "" },
        { "opps:Opportunity>Account,Contact contacts:Contact>Account accounts:Account", "accounts | contacts | opps", "" },
        { "b:B a:A c:C", "a,b,c", "" },
        { "zeta:Z>Account alpha:X>Account accounts:Account", "accounts | alpha,zeta", "" },
        { "accounts:Account>Account?", "accounts", "accounts.ref_0_account->accounts" },
        { "accounts:Account>Contact? contacts:Contact>Account", "accounts | contacts", "accounts.ref_0_contact->contacts" },
        { "contacts:Contact>Unmapped", "contacts", "" },
        { "sfAccounts:Account hsCompanies:Account contacts:Contact>Account", "hsCompanies,sfAccounts | contacts", "" },
        { "", "", "" },
    };

    public static TheoryData<string, string> CycleCases => new()
    {
        { "accounts:Account>Account", "accounts -> accounts" },
        { "accounts:Account>Contact contacts:Contact>Account", "accounts -> contacts -> accounts" },
        { "c:C>A a:A>B b:B>C", "a -> b -> c -> a" },
        { "leaf:L>A a:A>B b:B>A", "a -> b -> a" },
        { "x:X>Y? y:Y>Z z:Z>Y", "y -> z -> y" },
    };

    [Theory]
    [MemberData(nameof(OrderedCases))]
    public void Plan_of_acyclic_mappings_orders_parents_first_and_defers_deferrable_references(string sketch, string stages, string patches)
    {
        var result = LoadOrderPlanner.Plan(MappingSketch.Parse(sketch));

        Assert.True(result.IsOrdered, $"expected an order, got cycle {result.Cycle}");
        Assert.Equal(stages, string.Join(" | ", result.Stages.Select(s => string.Join(',', s.Mappings.Select(m => m.Name)))));
        Assert.Equal(patches, string.Join(' ', result.DeferredPatches.Select(p => $"{p.Mapping}.{p.DestinationField}->{p.ReferencedMapping}")));
    }

    [Theory]
    [MemberData(nameof(CycleCases))]
    public void Plan_with_cycle_of_non_deferrable_references_returns_the_cycle_path(string sketch, string path)
    {
        var result = LoadOrderPlanner.Plan(MappingSketch.Parse(sketch));

        Assert.False(result.IsOrdered);
        Assert.Equal(path, result.Cycle!.Path);
        Assert.Empty(result.Stages);
    }

    [Fact]
    public void Plan_numbers_stages_from_one()
    {
        var result = LoadOrderPlanner.Plan(MappingSketch.Parse("contacts:Contact>Account accounts:Account"));

        Assert.Equal([1, 2], result.Stages.Select(s => s.Number));
    }

    [Fact]
    public void Plan_records_the_source_field_of_a_deferred_patch()
    {
        var patch = Assert.Single(LoadOrderPlanner.Plan(MappingSketch.Parse("accounts:Account>Account?")).DeferredPatches);

        Assert.Equal("Ref0", patch.SourceField);
    }
}
