namespace Integration.Core.LoadOrder;

/// <summary>The outcome of ordering a plan's mappings for the historical load.</summary>
/// <param name="Stages">The stages, parents before children; empty when <see cref="Cycle"/> is set.</param>
/// <param name="DeferredPatches">The deferrable references, to patch after the load; ordered by mapping then destination field.</param>
/// <param name="Cycle">A cycle of non-deferrable references, when there is one.</param>
public sealed record LoadOrderResult(
    IReadOnlyList<LoadStage> Stages,
    IReadOnlyList<DeferredPatch> DeferredPatches,
    DependencyCycle? Cycle)
{
    /// <summary>Whether a load order exists (no cycle).</summary>
    public bool IsOrdered => Cycle is null;
}
