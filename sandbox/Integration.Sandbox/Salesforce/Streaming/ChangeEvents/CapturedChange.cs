using Integration.Sandbox.Salesforce.Data;

namespace Integration.Sandbox.Salesforce.Streaming.ChangeEvents;

/// <summary>
/// One record's change within a transaction: the version before the transaction (null for an insert) and the
/// latest version. Several writes to one record in a transaction fold into one change, as in Salesforce.
/// </summary>
internal sealed record CapturedChange(StoredRecord? Before, StoredRecord After)
{
    public string ChangeType => (Before, After.IsDeleted) switch
    {
        (null, _) => "CREATE",
        ({ IsDeleted: false }, true) => "DELETE",
        ({ IsDeleted: true }, false) => "UNDELETE",
        _ => "UPDATE",
    };
}
