using Integration.Connectors.Tests.Contract;
using Integration.Connectors.Tests.Sandboxes;

namespace Integration.Connectors.Tests.HubSpot;

/// <summary>
/// The connector contract on the HubSpot sandbox: contacts upserted by the unique <c>salesforce_contact_id</c>,
/// 100-result search pages in 300-result windows (so the stream re-anchors), 100 ids per batch read.
/// </summary>
public sealed class HubSpotConnectorContractTests(SandboxFixture sandbox) : ConnectorContractTests, IClassFixture<SandboxFixture>
{
    protected override ContractObject Target { get; } = new("contacts", HubSpotSandboxTenant.ExternalIdProperty, "firstname", "createdate", PageSize: 100, IdsPerReadBatch: 100);

    protected override ShiftedClock Clock => sandbox.Clock;

    protected override async Task<IContractTenant> NewTenantAsync() =>
        await sandbox.NewHubSpotTenantAsync(new Dictionary<string, string?>
        {
            ["SearchPageSize"] = "100",
            ["SearchWindowSize"] = "300",
        });
}
