using System.Security.Cryptography;
using Integration.Sandbox.Faults;
using Integration.Sandbox.Salesforce.Data;
using Integration.Sandbox.Salesforce.Limits;
using Integration.Sandbox.Salesforce.Soql;
using Integration.Sandbox.Salesforce.Streaming;
using Integration.Sandbox.Salesforce.Streaming.EventBus;

namespace Integration.Sandbox.Salesforce.Tenancy;

/// <summary>One tenant: credentials, data, API allocation, query cursors and faults, all its own.</summary>
internal sealed class SalesforceOrg
{
    public SalesforceOrg(SalesforceOrgOptions options, string orgTag, TimeProvider time, StreamingOptions streaming)
    {
        Options = options;
        OrgId = RecordId.Create("00D", orgTag, 1);
        IntegrationUserId = RecordId.Create("005", orgTag, 1);
        ChangeEvents = new ChangeEventBus(streaming, time);
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

    /// <summary>The user API calls run as: the <c>commitUser</c> of their change events.</summary>
    public string IntegrationUserId { get; }

    /// <summary>Change Data Capture: replay ids, retained events and streaming faults.</summary>
    public ChangeEventBus ChangeEvents { get; }
}
