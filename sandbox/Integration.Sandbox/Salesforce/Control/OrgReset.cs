using Integration.Sandbox.Salesforce.Tenancy;

namespace Integration.Sandbox.Salesforce.Control;

/// <summary>Returns an org to its just-created state: no data, no cursors, no usage, no faults (sessions stay valid).</summary>
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
    }
}
