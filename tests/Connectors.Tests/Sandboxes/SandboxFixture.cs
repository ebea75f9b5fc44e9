using Integration.Sandbox;

namespace Integration.Connectors.Tests.Sandboxes;

/// <summary>
/// The sandbox app started in-process on free ports (one per test class), on a <see cref="ShiftedClock"/> the
/// connectors share. Each test makes its own org or account through the control API, so no test sees another's data.
/// </summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public ShiftedClock Clock { get; } = new();

    public SandboxHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Host = await SandboxHost.StartAsync(
            new SandboxOptions { SalesforcePort = 0, HubSpotPort = 0, NetSuitePort = 0, TimeProvider = Clock }, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();

    /// <summary>A new Salesforce org and a connector built for it by <c>AddSalesforceConnector</c>.</summary>
    public Task<SalesforceSandboxTenant> NewSalesforceTenantAsync(IDictionary<string, string?>? settings = null) =>
        SalesforceSandboxTenant.CreateAsync(Host.SalesforceBaseUrl, Clock, settings ?? new Dictionary<string, string?>(), TestContext.Current.CancellationToken);

    /// <summary>A new HubSpot portal and a connector built for it by <c>AddHubSpotConnector</c>.</summary>
    public Task<HubSpotSandboxTenant> NewHubSpotTenantAsync(IDictionary<string, string?>? settings = null) =>
        HubSpotSandboxTenant.CreateAsync(Host.HubSpotBaseUrl, Clock, settings ?? new Dictionary<string, string?>(), TestContext.Current.CancellationToken);

    /// <summary>A new NetSuite account and a connector built for it by <c>AddNetSuiteConnector</c>.</summary>
    public Task<NetSuiteSandboxTenant> NewNetSuiteTenantAsync(IDictionary<string, string?>? settings = null) =>
        NetSuiteSandboxTenant.CreateAsync(Host.NetSuiteBaseUrl, Clock, settings ?? new Dictionary<string, string?>(), TestContext.Current.CancellationToken);
}
