using Integration.Connectors.Tests.Contract;
using Integration.Connectors.Tests.Sandboxes;

namespace Integration.Connectors.Tests.NetSuite;

/// <summary>The connector contract on the NetSuite sandbox: customer by externalId (<c>eid:</c>), 1000-row SuiteQL pages, 500 ids per read.</summary>
public sealed class NetSuiteConnectorContractTests(SandboxFixture sandbox) : ConnectorContractTests, IClassFixture<SandboxFixture>
{
    protected override ContractObject Target { get; } = new("customer", "externalId", "companyName", "dateCreated", PageSize: 1000, IdsPerReadBatch: 500);

    protected override ShiftedClock Clock => sandbox.Clock;

    protected override async Task<IContractTenant> NewTenantAsync() => await sandbox.NewNetSuiteTenantAsync();
}
