namespace Integration.Core.Plans;

/// <summary>What happens on the other side when a record is deleted (<c>deletePolicy</c> in plan JSON).</summary>
public enum DeletePolicy
{
    /// <summary>Deletes are not propagated (<c>ignore</c>). The default.</summary>
    Ignore,

    /// <summary>The counterpart record is deleted too (<c>delete</c>).</summary>
    Delete,

    /// <summary>The counterpart record is archived (<c>archive</c>): kept but marked inactive where the vendor supports it.</summary>
    Archive,
}
