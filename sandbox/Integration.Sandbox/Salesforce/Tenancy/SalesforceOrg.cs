using System.Security.Cryptography;
using Integration.Sandbox.Faults;
using Integration.Sandbox.Salesforce.Data;
using Integration.Sandbox.Salesforce.Limits;
using Integration.Sandbox.Salesforce.Soql;

namespace Integration.Sandbox.Salesforce.Tenancy;

/// <summary>One tenant: credentials, data, API allocation, query cursors and faults, all its own.</summary>
internal sealed class SalesforceOrg
{
    public SalesforceOrg(SalesforceOrgOptions options, string orgTag, TimeProvider time)
    {
        Options = options;
        OrgId = RecordId.Create("00D", orgTag, 1);
        Store = new OrgStore(orgTag);
        Usage = new ApiUsageMeter(options.DailyApiLimit, time);
        Cursors = new QueryCursorStore(time);
        if (options.JwtPublicKeyPem is not null)
        {
            JwtKey = RSA.Create();
            JwtKey.ImportFromPem(options.JwtPublicKeyPem);
        }
    }

    public SalesforceOrgOptions Options { get; }
    public string Name => Options.Name;
    public string OrgId { get; }
    public OrgStore Store { get; }
    public ApiUsageMeter Usage { get; }
    public QueryCursorStore Cursors { get; }
    public FaultInjector Faults { get; } = new();
    public RSA? JwtKey { get; }
}
