namespace Integration.Core.Plans;

/// <summary>How changes of one field flow between the two systems (<c>sync</c> in plan JSON).</summary>
public enum SyncRule
{
    /// <summary>Changes flow both ways; when both sides changed, the source of truth wins (<c>two-way</c>). The default.</summary>
    TwoWay,

    /// <summary>Only the mapping's source writes the field (<c>always-from-source</c>).</summary>
    AlwaysFromSource,

    /// <summary>Only the mapping's destination writes the field back to the source (<c>always-from-destination</c>).</summary>
    AlwaysFromDestination,

    /// <summary>The source value wins unless it is blank, then the destination keeps its value (<c>prefer-source-unless-blank</c>).</summary>
    PreferSourceUnlessBlank,

    /// <summary>The destination value wins unless it is blank (<c>prefer-destination-unless-blank</c>).</summary>
    PreferDestinationUnlessBlank,

    /// <summary>Written only when the destination record is created (<c>on-create-only</c>).</summary>
    OnCreateOnly,

    /// <summary>Never synchronised; the mapping is kept for documentation and reconciliation only (<c>none</c>).</summary>
    None,
}
