namespace Integration.Core.Conflicts;

/// <summary>One side's state of one field, as the decision table sees it.</summary>
/// <param name="Exists">Whether the record exists on this side (false: it is about to be created).</param>
/// <param name="Changed">Whether the field's value differs from the fingerprint last synced (a record never synced has changed).</param>
/// <param name="Blank">Whether the value is null, missing or blank text (a missing record is blank).</param>
public readonly record struct SideState(bool Exists, bool Changed, bool Blank)
{
    /// <summary>The state of a side whose record does not exist.</summary>
    public static SideState Missing { get; } = new(false, false, true);
}
