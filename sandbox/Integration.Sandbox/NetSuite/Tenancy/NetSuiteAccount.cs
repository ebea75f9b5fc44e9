using Integration.Sandbox.Faults;
using Integration.Sandbox.NetSuite.Governance;
using Integration.Sandbox.NetSuite.Records;
using Integration.Sandbox.NetSuite.Webhooks;

namespace Integration.Sandbox.NetSuite.Tenancy;

/// <summary>One emulated account: credentials, time zone, data, governance, faults and webhook target.</summary>
internal sealed class NetSuiteAccount
{
    public NetSuiteAccount(NetSuiteAccountOptions options, TimeZoneInfo timeZone, TimeProvider time, Action<NetSuiteAccount, RecordChange> changed)
    {
        Options = options;
        TimeZone = timeZone;
        Governance = new ConcurrencyGate(options.ConcurrencyLimit);
        Writer = new RecordWriter(Store, time, change => changed(this, change));
        Webhook = options.WebhookUrl is { } url ? new WebhookTarget(url, options.WebhookSecret ?? string.Empty) : null;
    }

    public NetSuiteAccountOptions Options { get; }

    public string AccountId => Options.AccountId;

    public TimeZoneInfo TimeZone { get; }

    public AccountStore Store { get; } = new();

    public RecordWriter Writer { get; }

    public ConcurrencyGate Governance { get; }

    /// <summary>Faults on REST and SuiteQL requests.</summary>
    public FaultInjector Faults { get; } = new();

    /// <summary>Faults on outbound webhooks: <c>DROP</c>, <c>DUPLICATE</c>, and latency (delay).</summary>
    public FaultInjector WebhookFaults { get; } = new();

    public WebhookStats WebhookStats { get; } = new();

    public WebhookTarget? Webhook { get; set; }
}
