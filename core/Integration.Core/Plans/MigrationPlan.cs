namespace Integration.Core.Plans;

/// <summary>
/// A migration or sync plan, as written in plan JSON (<c>plans/*.json</c>, validated against
/// <c>schemas/plan.schema.json</c>): the systems, the object mappings between them, and the
/// acceptance rules fixed before the first rehearsal.
/// </summary>
/// <param name="Name">The plan's name (<c>name</c>), unique among a team's plans.</param>
/// <param name="Description">Free text (<c>description</c>); null when absent.</param>
/// <param name="Systems">The systems the plan connects (<c>systems</c>), in the order written.</param>
/// <param name="Mappings">The object mappings (<c>mappings</c>), in the order written.</param>
/// <param name="Reconciliation">Reconciliation schedule and acceptance thresholds (<c>reconciliation</c>).</param>
/// <param name="Rehearsal">Rehearsal rules (<c>rehearsal</c>); defaults when absent.</param>
/// <param name="RollbackWindow">How long rollback stays possible after cutover (<c>rollbackWindow</c>).</param>
public sealed record MigrationPlan(
    string Name,
    string? Description,
    IReadOnlyList<SystemDefinition> Systems,
    IReadOnlyList<ObjectMapping> Mappings,
    ReconciliationSettings Reconciliation,
    RehearsalSettings Rehearsal,
    RollbackWindow RollbackWindow)
{
    /// <summary>The system declared under <paramref name="name"/>, or null when the plan declares none by that name.</summary>
    /// <param name="name">The key of the system in <c>systems</c> (ordinal, case-sensitive).</param>
    /// <returns>The system definition, or null.</returns>
    public SystemDefinition? FindSystem(string name) =>
        Systems.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    /// <summary>The mapping named <paramref name="name"/>, or null.</summary>
    /// <param name="name">The mapping's <c>name</c> (ordinal, case-sensitive).</param>
    /// <returns>The object mapping, or null.</returns>
    public ObjectMapping? FindMapping(string name) =>
        Mappings.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal));
}
