namespace Integration.Core.Conflicts;

/// <summary>The decision for one field.</summary>
/// <param name="Flow">Which way the value is written, if at all.</param>
/// <param name="Conflict">Whether both sides changed and the source of truth overrode the other side (two-way fields only).</param>
public readonly record struct FieldDecision(FieldFlow Flow, bool Conflict = false)
{
    /// <summary>Nothing is written.</summary>
    public static FieldDecision None { get; } = new(FieldFlow.None);
}
