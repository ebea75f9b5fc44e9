using Integration.Core.Plans;

namespace Integration.Plans.Validation;

/// <summary>One field a mapping names on one side, with the JSON path where the plan names it.</summary>
internal sealed record PlanFieldReference(string Path, string Field, SyncRule Sync);
