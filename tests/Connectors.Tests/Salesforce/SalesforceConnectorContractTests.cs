using Integration.Connectors.Tests.Contract;
using Integration.Connectors.Tests.Sandboxes;

namespace Integration.Connectors.Tests.Salesforce;

/// <summary>The connector contract on the Salesforce sandbox: Account by External_Id__c, 200-row pages, short SOQL URLs.</summary>
public sealed class SalesforceConnectorContractTests(SandboxFixture sandbox) : ConnectorContractTests, IClassFixture<SandboxFixture>
{
    protected override ContractObject Target { get; } = new("Account", "External_Id__c", "Name", "CreatedDate", PageSize: 200, IdsPerReadBatch: 80);

    protected override ShiftedClock Clock => sandbox.Clock;

    protected override async Task<IContractTenant> NewTenantAsync() =>
        await sandbox.NewSalesforceTenantAsync(new Dictionary<string, string?>
        {
            ["QueryBatchSize"] = "200",
            ["MaxQueryUrlLength"] = "2000",
        });
}
