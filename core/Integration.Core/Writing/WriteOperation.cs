namespace Integration.Core.Writing;

/// <summary>What a write command does to the target record.</summary>
public enum WriteOperation
{
    /// <summary>Create or update by external id.</summary>
    Upsert,

    /// <summary>Delete (or archive, as the vendor's delete does) the counterpart record and unlink it.</summary>
    Delete,
}
