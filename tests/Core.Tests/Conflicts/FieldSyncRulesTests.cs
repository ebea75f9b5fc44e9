using Integration.Core.Conflicts;
using Integration.Core.CrossReference;
using Integration.Core.Plans;

namespace Integration.Core.Tests.Conflicts;

/// <summary>
/// The decision table. Side codes: <c>-</c> record missing (about to be created), <c>u</c> unchanged, <c>c</c>
/// changed, each followed by <c>0</c> when the value is blank. Flow codes: <c>-</c> none, <c>AB</c>, <c>BA</c>;
/// a trailing <c>!</c> marks a logged conflict. "back" says whether the field's transform can flow from B to A.
/// </summary>
public sealed class FieldSyncRulesTests
{
    [Theory]
    // two-way
    [InlineData(SyncRule.TwoWay, "A", true, "u", "u", "-")]
    [InlineData(SyncRule.TwoWay, "A", true, "c", "u", "AB")]
    [InlineData(SyncRule.TwoWay, "A", true, "u", "c", "BA")]
    [InlineData(SyncRule.TwoWay, "A", true, "c", "c", "AB!")]
    [InlineData(SyncRule.TwoWay, "B", true, "c", "c", "BA!")]
    [InlineData(SyncRule.TwoWay, "B", true, "c", "u", "AB")]
    [InlineData(SyncRule.TwoWay, "A", true, "c0", "u", "AB")]
    [InlineData(SyncRule.TwoWay, "A", true, "u", "c0", "BA")]
    [InlineData(SyncRule.TwoWay, "A", true, "c", "-", "AB")]
    [InlineData(SyncRule.TwoWay, "A", true, "-", "c", "BA")]
    [InlineData(SyncRule.TwoWay, "B", false, "u", "c", "AB")]
    [InlineData(SyncRule.TwoWay, "B", false, "c", "c", "AB")]
    [InlineData(SyncRule.TwoWay, "A", false, "-", "c", "-")]
    // always-from-source
    [InlineData(SyncRule.AlwaysFromSource, "B", true, "u", "u", "AB")]
    [InlineData(SyncRule.AlwaysFromSource, "B", true, "c", "u", "AB")]
    [InlineData(SyncRule.AlwaysFromSource, "B", true, "u", "c", "AB")]
    [InlineData(SyncRule.AlwaysFromSource, "B", true, "c", "c", "AB")]
    [InlineData(SyncRule.AlwaysFromSource, "A", true, "c0", "u", "AB")]
    [InlineData(SyncRule.AlwaysFromSource, "A", true, "-", "c", "-")]
    [InlineData(SyncRule.AlwaysFromSource, "A", true, "c", "-", "AB")]
    // always-from-destination
    [InlineData(SyncRule.AlwaysFromDestination, "A", true, "u", "u", "BA")]
    [InlineData(SyncRule.AlwaysFromDestination, "A", true, "c", "u", "BA")]
    [InlineData(SyncRule.AlwaysFromDestination, "A", true, "u", "c", "BA")]
    [InlineData(SyncRule.AlwaysFromDestination, "A", true, "c", "c", "BA")]
    [InlineData(SyncRule.AlwaysFromDestination, "A", true, "c", "-", "-")]
    [InlineData(SyncRule.AlwaysFromDestination, "A", false, "u", "c", "-")]
    // prefer-source-unless-blank
    [InlineData(SyncRule.PreferSourceUnlessBlank, "B", true, "u", "c", "AB")]
    [InlineData(SyncRule.PreferSourceUnlessBlank, "B", true, "c", "c", "AB")]
    [InlineData(SyncRule.PreferSourceUnlessBlank, "A", true, "c0", "u", "BA")]
    [InlineData(SyncRule.PreferSourceUnlessBlank, "A", true, "u0", "c", "BA")]
    [InlineData(SyncRule.PreferSourceUnlessBlank, "A", true, "u0", "u0", "-")]
    [InlineData(SyncRule.PreferSourceUnlessBlank, "A", false, "u0", "c", "-")]
    [InlineData(SyncRule.PreferSourceUnlessBlank, "A", true, "c", "-", "AB")]
    [InlineData(SyncRule.PreferSourceUnlessBlank, "A", true, "-", "c", "BA")]
    // prefer-destination-unless-blank
    [InlineData(SyncRule.PreferDestinationUnlessBlank, "A", true, "c", "u", "BA")]
    [InlineData(SyncRule.PreferDestinationUnlessBlank, "A", true, "c", "c", "BA")]
    [InlineData(SyncRule.PreferDestinationUnlessBlank, "A", true, "c", "c0", "AB")]
    [InlineData(SyncRule.PreferDestinationUnlessBlank, "A", true, "u", "u0", "AB")]
    [InlineData(SyncRule.PreferDestinationUnlessBlank, "A", true, "u0", "u0", "-")]
    [InlineData(SyncRule.PreferDestinationUnlessBlank, "A", false, "c", "u", "-")]
    [InlineData(SyncRule.PreferDestinationUnlessBlank, "A", true, "c", "-", "AB")]
    // on-create-only
    [InlineData(SyncRule.OnCreateOnly, "A", true, "c", "-", "AB")]
    [InlineData(SyncRule.OnCreateOnly, "A", true, "c", "u", "-")]
    [InlineData(SyncRule.OnCreateOnly, "A", true, "u", "c", "-")]
    [InlineData(SyncRule.OnCreateOnly, "A", true, "c", "c", "-")]
    [InlineData(SyncRule.OnCreateOnly, "A", true, "-", "c", "-")]
    // none
    [InlineData(SyncRule.None, "A", true, "c", "-", "-")]
    [InlineData(SyncRule.None, "A", true, "c", "u", "-")]
    [InlineData(SyncRule.None, "A", true, "u", "c", "-")]
    [InlineData(SyncRule.None, "B", true, "c", "c", "-")]
    public void Decide_follows_the_rule_table(SyncRule rule, string sourceOfTruth, bool back, string a, string b, string expected)
    {
        var truth = sourceOfTruth == "A" ? SyncSide.A : SyncSide.B;

        var decision = FieldSyncRules.Decide(new FieldSituation(rule, truth, back, Side(a), Side(b)));

        Assert.Equal(expected, Code(decision));
    }

    private static SideState Side(string code) => code == "-"
        ? SideState.Missing
        : new SideState(true, code[0] == 'c', code.EndsWith('0'));

    private static string Code(FieldDecision decision) =>
        (decision.Flow switch { FieldFlow.AToB => "AB", FieldFlow.BToA => "BA", _ => "-" }) + (decision.Conflict ? "!" : string.Empty);
}
