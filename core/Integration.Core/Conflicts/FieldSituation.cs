using Integration.Core.CrossReference;
using Integration.Core.Plans;

namespace Integration.Core.Conflicts;

/// <summary>Everything the decision table needs about one field of one linked record pair.</summary>
/// <param name="Rule">The field mapping's sync rule.</param>
/// <param name="SourceOfTruth">The side that currently wins conflicts (from the source-of-truth epoch).</param>
/// <param name="CanFlowBack">Whether the field's transform can be inverted (<see cref="Mapping.InverseTransform"/>).</param>
/// <param name="A">Side A's state.</param>
/// <param name="B">Side B's state.</param>
public readonly record struct FieldSituation(SyncRule Rule, SyncSide SourceOfTruth, bool CanFlowBack, SideState A, SideState B);
