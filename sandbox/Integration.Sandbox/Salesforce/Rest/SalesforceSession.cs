using System.Reflection;
using Integration.Sandbox.Salesforce.Data;
using Integration.Sandbox.Salesforce.Streaming.ChangeEvents;
using Integration.Sandbox.Salesforce.Tenancy;

namespace Integration.Sandbox.Salesforce.Rest;

/// <summary>The authenticated org and API version of one REST call, set by <see cref="ApiRequestGate"/>.</summary>
internal sealed record SalesforceSession(SalesforceOrg Org, string ApiVersion, TimeProvider Time)
{
    private const string ItemKey = "salesforce.session";

    public OrgStore Store => Org.Store;

    /// <summary>The <c>Sforce-Call-Options</c> header of the call; its <c>client=</c> goes into changeOrigin.</summary>
    public string? CallOptions { get; init; }

    /// <summary>A writer whose changes become change events when it commits (changeOrigin from the call).</summary>
    public RecordWriter Writer(UndoJournal? journal = null) =>
        new(Org.Store, Time, journal, new ChangeTransaction(Org.ChangeEvents, ChangeOrigin.ForRest(ApiVersion, CallOptions), Org.IntegrationUserId));

    /// <summary>Runs one write under the org lock and commits its change events before the lock is released.</summary>
    public T Write<T>(Func<RecordWriter, T> write)
    {
        lock (Store.Gate)
        {
            var writer = Writer();
            var result = write(writer);
            writer.Commit();
            return result;
        }
    }

    public void Attach(HttpContext context) => context.Items[ItemKey] = this;

    public static ValueTask<SalesforceSession?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        _ = parameter;
        return ValueTask.FromResult(context.Items[ItemKey] as SalesforceSession);
    }
}
