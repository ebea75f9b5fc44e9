using System.Reflection;
using Integration.Sandbox.Salesforce.Data;
using Integration.Sandbox.Salesforce.Tenancy;

namespace Integration.Sandbox.Salesforce.Rest;

/// <summary>The authenticated org and API version of one REST call, set by <see cref="ApiRequestGate"/>.</summary>
internal sealed record SalesforceSession(SalesforceOrg Org, string ApiVersion, TimeProvider Time)
{
    private const string ItemKey = "salesforce.session";

    public OrgStore Store => Org.Store;

    public RecordWriter Writer(UndoJournal? journal = null) => new(Org.Store, Time, journal);

    public void Attach(HttpContext context) => context.Items[ItemKey] = this;

    public static ValueTask<SalesforceSession?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        _ = parameter;
        return ValueTask.FromResult(context.Items[ItemKey] as SalesforceSession);
    }
}
