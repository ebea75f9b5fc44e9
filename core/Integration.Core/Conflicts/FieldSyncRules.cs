using Integration.Core.CrossReference;
using Integration.Core.Plans;

namespace Integration.Core.Conflicts;

/// <summary>
/// The per-field decision table. A value only flows from a side whose record exists, and to side A only when the
/// field flows back. The engine then skips any write whose value already equals the target's, so state-based rules
/// converge without writing.
/// <list type="table">
/// <item><term>two-way</term><description>Only one side changed: it flows. Both changed: the source of truth's value
/// flows and the other side's is logged as a conflict. Neither: nothing. A two-way field that cannot flow back
/// behaves as always-from-source.</description></item>
/// <item><term>always-from-source</term><description>Side A's value is written to B whenever either side changed, so
/// an edit on B is reverted at once (as native CRM connectors' "always use" does). Never B to A.</description></item>
/// <item><term>always-from-destination</term><description>The mirror image: B's value is written to A; never A to B.</description></item>
/// <item><term>prefer-source-unless-blank</term><description>A's value is written to B unless it is blank; then B's
/// non-blank value flows to A. Both blank: nothing.</description></item>
/// <item><term>prefer-destination-unless-blank</term><description>The mirror image.</description></item>
/// <item><term>on-create-only</term><description>A's value is written only when the B record is being created.</description></item>
/// <item><term>none</term><description>Never written.</description></item>
/// </list>
/// Only two-way fields log conflicts: the other rules override one side by design.
/// </summary>
public static class FieldSyncRules
{
    /// <summary>Decides one field.</summary>
    /// <param name="situation">The rule, source of truth and both sides' states.</param>
    /// <returns>The flow, and whether it settles a conflict.</returns>
    public static FieldDecision Decide(FieldSituation situation)
    {
        var (a, b) = (situation.A, situation.B);
        var fromA = a.Exists ? FieldFlow.AToB : FieldFlow.None;
        var fromB = b.Exists && situation.CanFlowBack ? FieldFlow.BToA : FieldFlow.None;
        return situation.Rule switch
        {
            SyncRule.TwoWay when !situation.CanFlowBack => new(fromA),
            SyncRule.TwoWay => TwoWay(situation, fromA, fromB),
            SyncRule.AlwaysFromSource => new(fromA),
            SyncRule.AlwaysFromDestination => new(fromB),
            SyncRule.PreferSourceUnlessBlank => new(!a.Blank ? fromA : !b.Blank ? fromB : FieldFlow.None),
            SyncRule.PreferDestinationUnlessBlank => new(!b.Blank && b.Exists ? fromB : !a.Blank ? fromA : FieldFlow.None),
            SyncRule.OnCreateOnly => new(a.Exists && !b.Exists ? FieldFlow.AToB : FieldFlow.None),
            _ => FieldDecision.None,
        };
    }

    private static FieldDecision TwoWay(FieldSituation situation, FieldFlow fromA, FieldFlow fromB)
    {
        var changedA = situation.A.Exists && situation.A.Changed;
        var changedB = situation.B.Exists && situation.B.Changed;
        return (changedA, changedB) switch
        {
            (true, true) => new(situation.SourceOfTruth == SyncSide.A ? fromA : fromB, Conflict: true),
            (true, false) => new(fromA),
            (false, true) => new(fromB),
            _ => FieldDecision.None,
        };
    }
}
