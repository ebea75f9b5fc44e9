using Integration.Sandbox.Salesforce.Tenancy;

namespace Integration.Sandbox.Salesforce.Control;

/// <summary>
/// Returns an org to its just-created state: no data, no cursors, no usage, no faults, no retained change events
/// (sessions and streaming clients stay valid; replay ids keep increasing, so older checkpoints are rejected).
/// </summary>
internal static class OrgReset
{
    public static void Reset(SalesforceOrg org)
    {
        lock (org.Store.Gate)
        {
            org.Store.Clear();
        }

        org.Cursors.Clear();
        org.Usage.Reset();
        org.Faults.Clear();
        org.ChangeEvents.Clear();
        org.ChangeEvents.Faults.Clear();
    }
}
