namespace Integration.Core.Changes;

/// <summary>What happened to the records a change event names.</summary>
public enum ChangeKind
{
    /// <summary>The records were created.</summary>
    Create,

    /// <summary>Fields of the records changed.</summary>
    Update,

    /// <summary>The records were deleted (Salesforce: to the recycle bin; HubSpot: archived).</summary>
    Delete,

    /// <summary>Deleted records were restored.</summary>
    Undelete,

    /// <summary>Records were merged into the first id of <see cref="ChangeEvent.RecordIds"/> (HubSpot merge, Salesforce merge delete).</summary>
    Merge,
}
