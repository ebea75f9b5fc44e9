using Integration.Functions.Intake;
using Integration.Functions.LocalHost.Catalog;
using Integration.Functions.LocalHost.Invocation;
using Integration.Functions.Processing;
using Integration.Functions.Tests.LocalHost.Hosting;
using Integration.Functions.Tests.Sync;
using Integration.Functions.Writing;
using Integration.Sandbox;
using Integration.TestKit.Azurite;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Functions.Tests.EndToEnd;

/// <summary>
/// The whole pipeline in the local host against the in-process sandbox and Azurite: a Salesforce Account created by a
/// user reaches HubSpot through the CDC drain, the changes queue, the processor, the writes queue and the writer.
/// </summary>
public sealed class SalesforceToHubSpotSmokeTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly SyncStorageBed _bed = new(azurite);
    private readonly string _planPath = SmokePlan.WriteToTempFile();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _bed.Dispose();
        File.Delete(_planPath);
    }

    [Fact]
    public async Task Salesforce_account_created_by_a_user_is_created_in_HubSpot_with_its_mapped_fields()
    {
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { SalesforcePort = 0, HubSpotPort = 0, NetSuitePort = 0 }, Ct);
        using var vendors = new SandboxClients(sandbox);
        var accountId = await vendors.CreateSalesforceAccountAsync("Acme Smoke", "+1 555 0100");
        var settings = Settings(sandbox);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var host = await TestLocalHost.StartAsync(
            [typeof(SalesforceCdcDrainFunction), typeof(ProcessChangesFunction), typeof(WriteHubSpotFunction)],
            settings,
            services => services.AddIntegrationFunctions(configuration));

        var drain = await host.Services.GetRequiredService<FunctionInvoker>().InvokeAsync(
            host.Services.GetRequiredService<FunctionCatalog>()[nameof(SalesforceCdcDrainFunction)],
            new InvocationRequest(new TimerInfo(), "test: drain now"),
            Ct);

        Assert.True(drain.Succeeded, $"The CDC drain failed: {drain.Exception}");
        var company = await AwaitHubSpotCompanyAsync(vendors, accountId);
        Assert.Equal("Acme Smoke", (string?)company["properties"]!["name"]);
        Assert.Equal("+1 555 0100", (string?)company["properties"]!["phone"]);
    }

    private static async Task<System.Text.Json.Nodes.JsonObject> AwaitHubSpotCompanyAsync(SandboxClients vendors, string accountId)
    {
        var deadline = TimeProvider.System.GetUtcNow() + Patience;
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (await vendors.FindHubSpotRecordAsync("companies", SmokePlan.ExternalIdProperty, accountId, "name", "phone") is { } found)
            {
                return found;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System, Ct);
        }

        Assert.Fail($"Timed out after {Patience} waiting for a HubSpot company with {SmokePlan.ExternalIdProperty} = {accountId}.");
        return null!;
    }

    private Dictionary<string, string?> Settings(SandboxHost sandbox)
    {
        var settings = SyncHostSettings.For(azurite.ConnectionString, _bed);
        settings.Remove($"HubSpot:Connections:{SyncHostSettings.HubSpotConnection}:BaseUrl");
        settings.Remove($"HubSpot:Connections:{SyncHostSettings.HubSpotConnection}:AccessToken");
        settings.Remove($"HubSpot:Connections:{SyncHostSettings.HubSpotConnection}:ClientSecret");
        settings.Remove($"Salesforce:Connections:{SyncHostSettings.SalesforceConnection}:LoginUrl");
        settings.Remove($"Salesforce:Connections:{SyncHostSettings.SalesforceConnection}:ClientId");
        settings.Remove($"Salesforce:Connections:{SyncHostSettings.SalesforceConnection}:ClientSecret");
        settings["Integration:PlanPath"] = _planPath;
        settings["Sync:Salesforce:DrainSchedule"] = "0 0 0 1 1 *";
        settings["Sync:Intake:SalesforceDrainDuration"] = "00:00:03";
        settings["LocalHost:Timers:HostId"] = $"smoke-{Guid.NewGuid():N}"[..20];
        settings[$"Salesforce:Connections:{SmokePlan.SalesforceConnection}:LoginUrl"] = sandbox.SalesforceBaseUrl.ToString().TrimEnd('/');
        settings[$"Salesforce:Connections:{SmokePlan.SalesforceConnection}:ClientId"] = SandboxClients.SalesforceClientId;
        settings[$"Salesforce:Connections:{SmokePlan.SalesforceConnection}:ClientSecret"] = SandboxClients.SalesforceClientSecret;
        settings["Salesforce:Streaming:InitialReplayId"] = "-2";
        settings[$"HubSpot:Connections:{SmokePlan.HubSpotConnection}:BaseUrl"] = sandbox.HubSpotBaseUrl.ToString();
        settings[$"HubSpot:Connections:{SmokePlan.HubSpotConnection}:AccessToken"] = SandboxClients.HubSpotToken;
        settings[$"HubSpot:Connections:{SmokePlan.HubSpotConnection}:ClientSecret"] = SandboxClients.HubSpotClientSecret;
        return settings;
    }
}
