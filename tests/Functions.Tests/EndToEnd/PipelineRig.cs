using Integration.Functions.Admin.Mappings;
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
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Tests.EndToEnd;

/// <summary>
/// The sandbox, storage names of their own, a plan file and settings for local hosts that run the whole pipeline
/// (CDC drain, HubSpot sweep, processor, both writers) on them. Several hosts may run one after another on the same storage.
/// </summary>
internal sealed class PipelineRig : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static readonly Type[] Intake = [typeof(SalesforceCdcDrainFunction), typeof(HubSpotSweepFunction)];
    private static readonly Type[] Writers = [typeof(WriteHubSpotFunction), typeof(WriteSalesforceFunction)];

    private readonly string _storage;
    private readonly string _planPath;

    private PipelineRig(AzuriteFixture azurite, SandboxHost sandbox, string deletePolicy, string? accountExternalIdField, string? syncRule)
    {
        _storage = azurite.ConnectionString;
        Sandbox = sandbox;
        Vendors = new SandboxClients(sandbox);
        Bed = new SyncStorageBed(azurite);
        _planPath = SmokePlan.WriteToTempFile(deletePolicy, accountExternalIdField, syncRule);
        HostId = $"e2e-{Guid.NewGuid():N}"[..20];
    }

    public SandboxHost Sandbox { get; }

    public SandboxClients Vendors { get; }

    public SyncStorageBed Bed { get; }

    private string HostId { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<PipelineRig> StartAsync(
        AzuriteFixture azurite, string deletePolicy = "archive", string? accountExternalIdField = null, string? syncRule = null)
    {
        var sandbox = await SandboxHost.StartAsync(new SandboxOptions(), Ct);
        return new PipelineRig(azurite, sandbox, deletePolicy, accountExternalIdField, syncRule);
    }

    /// <summary>
    /// A host with the intake timers and, as asked, the processor and the writers (left out, their queues keep what they
    /// would take); its logs go to <paramref name="logs"/> when given. With <paramref name="webhooks"/> it also serves
    /// <see cref="HubSpotWebhookFunction"/> on Kestrel at a loopback port (<see cref="WebhookUrl"/>), checking signatures
    /// against the URI as the request arrived (no <c>HubSpot:Webhooks:PublicBaseUrl</c>). <paramref name="configure"/>
    /// runs after the app's registrations, so that a test can replace a port.
    /// </summary>
    public async Task<TestLocalHost> StartHostAsync(
        bool processor = true, bool writers = true, CapturedLogs? logs = null, bool webhooks = false, Action<IServiceCollection>? configure = null)
    {
        var settings = Settings();
        if (webhooks)
        {
            settings.Remove("HubSpot:Webhooks:PublicBaseUrl");
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        Type[] functions =
        [
            .. Intake,
            .. webhooks ? [typeof(HubSpotWebhookFunction)] : Array.Empty<Type>(),
            .. processor ? [typeof(ProcessChangesFunction)] : Array.Empty<Type>(),
            .. writers ? Writers : [],
        ];
        return await TestLocalHost.StartAsync(
            functions,
            settings,
            services =>
            {
                services.AddIntegrationFunctions(configuration);
                if (logs is not null)
                {
                    services.AddSingleton<ILoggerProvider>(logs);
                }

                configure?.Invoke(services);
            },
            listen: webhooks);
    }

    /// <summary>Where HubSpot delivers webhooks for the plan's HubSpot connection on <paramref name="host"/> (started with webhooks).</summary>
    public static Uri WebhookUrl(TestLocalHost host) => new(host.BaseAddress, $"api/webhooks/hubspot/{SmokePlan.HubSpotConnection}");

    /// <summary>The pause switches the management API sets, on this rig's table.</summary>
    public TableMappingSwitches Switches() => new(Bed.Tables, Options.Create(Bed.TableNames), TimeProvider.System);

    public async Task<int> MessageCountAsync(string queue) =>
        (await Bed.Queues.GetQueueClient(queue).GetPropertiesAsync(Ct)).Value.ApproximateMessagesCount;

    public static Task DrainSalesforceAsync(TestLocalHost host) => InvokeTimerAsync(host, nameof(SalesforceCdcDrainFunction));

    public static Task SweepHubSpotAsync(TestLocalHost host) => InvokeTimerAsync(host, nameof(HubSpotSweepFunction));

    /// <summary>Waits until the changes queue and both writes queues hold no message, visible or not (nothing in flight).</summary>
    public Task AwaitQueuesEmptyAsync(string after) =>
        AwaitQueuesEmptyAsync(after, Bed.QueueNames.Changes, Bed.QueueNames.WritesHubSpot, Bed.QueueNames.WritesSalesforce);

    /// <summary>Waits until <paramref name="queues"/> hold no message, visible or not (nothing in flight).</summary>
    public Task AwaitQueuesEmptyAsync(string after, params string[] queues) => AwaitAsync(
        async () =>
        {
            foreach (var queue in queues)
            {
                if (await MessageCountAsync(queue) > 0)
                {
                    return false;
                }
            }

            return true;
        },
        $"the queues {string.Join(", ", queues)} to be empty after {after}");

    /// <summary>Polls <paramref name="condition"/> until true; fails with <paramref name="awaited"/> after <see cref="Patience"/>.</summary>
    public static async Task AwaitAsync(Func<Task<bool>> condition, string awaited)
    {
        var deadline = TimeProvider.System.GetUtcNow() + Patience;
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System, Ct);
        }

        Assert.Fail($"Timed out after {Patience} waiting for {awaited}.");
    }

    public async ValueTask DisposeAsync()
    {
        Vendors.Dispose();
        Bed.Dispose();
        File.Delete(_planPath);
        await Sandbox.DisposeAsync();
    }

    private static async Task InvokeTimerAsync(TestLocalHost host, string function)
    {
        var result = await host.Services.GetRequiredService<FunctionInvoker>().InvokeAsync(
            host.Services.GetRequiredService<FunctionCatalog>()[function],
            new InvocationRequest(new TimerInfo(), "test: run now"),
            Ct);
        Assert.True(result.Succeeded, $"{function} failed: {result.Exception}");
    }

    private Dictionary<string, string?> Settings()
    {
        var settings = SyncHostSettings.For(_storage, Bed);
        foreach (var key in settings.Keys.Where(k => k.StartsWith("HubSpot:Connections:", StringComparison.Ordinal) || k.StartsWith("Salesforce:Connections:", StringComparison.Ordinal)).ToList())
        {
            settings.Remove(key);
        }

        settings["Integration:PlanPath"] = _planPath;
        settings["Sync:Salesforce:DrainSchedule"] = "0 0 0 1 1 *";
        settings["Sync:HubSpot:SweepSchedule"] = "0 0 0 1 1 *";
        settings["Sync:Intake:SalesforceDrainDuration"] = "00:00:03";

        // Nothing in a fault-free sandbox should need a write retry: a retried write would arrive after the patience.
        settings["Sync:Writes:RetryDelay"] = "00:10:00";

        // Parked and held records come round within the patience; a pause shows on the next batch.
        settings["Sync:ParkRetryDelay"] = "00:00:01";
        settings["Sync:Pauses:CacheDuration"] = "00:00:00";
        settings["LocalHost:Timers:HostId"] = HostId;
        settings[$"Salesforce:Connections:{SmokePlan.SalesforceConnection}:LoginUrl"] = Sandbox.SalesforceBaseUrl.ToString().TrimEnd('/');
        settings[$"Salesforce:Connections:{SmokePlan.SalesforceConnection}:ClientId"] = SandboxClients.SalesforceClientId;
        settings[$"Salesforce:Connections:{SmokePlan.SalesforceConnection}:ClientSecret"] = SandboxClients.SalesforceClientSecret;
        settings["Salesforce:Streaming:InitialReplayId"] = "-2";
        settings[$"HubSpot:Connections:{SmokePlan.HubSpotConnection}:BaseUrl"] = Sandbox.HubSpotBaseUrl.ToString();
        settings[$"HubSpot:Connections:{SmokePlan.HubSpotConnection}:AccessToken"] = SandboxClients.HubSpotToken;
        settings[$"HubSpot:Connections:{SmokePlan.HubSpotConnection}:ClientSecret"] = SandboxClients.HubSpotClientSecret;
        return settings;
    }
}
