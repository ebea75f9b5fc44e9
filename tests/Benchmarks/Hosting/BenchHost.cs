using Integration.Benchmarks.Latency;
using Integration.Core.Connectors;
using Integration.Core.Writing;
using Integration.Functions;
using Integration.Functions.Intake;
using Integration.Functions.LocalHost;
using Integration.Functions.LocalHost.Catalog;
using Integration.Functions.LocalHost.Invocation;
using Integration.Functions.Processing;
using Integration.Functions.Settings;
using Integration.Functions.Writing;
using Integration.Sandbox;
using Microsoft.Azure.Functions.Worker;

namespace Integration.Benchmarks.Hosting;

/// <summary>
/// The function app's local host with the CDC drain, the change processor and the HubSpot writer, as
/// <c>./build.sh run</c> serves them (the repository's host.json, the app's setting defaults), pointed at the sandbox;
/// only the write queue and the HubSpot writer are wrapped to time each record.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchHost(WebApplication app) => _app = app;

    public static async Task<BenchHost> StartAsync(BenchSettings settings, SandboxHost sandbox, string planPath, LatencyRecorder recorder, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = settings.Root });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddConsole();
        builder.Configuration.AddSyncSettingDefaults();
        builder.Configuration.AddInMemoryCollection(Settings(settings, sandbox, planPath));
        builder.Services.AddIntegrationFunctions(builder.Configuration);
        builder.AddFunctionsLocalHost(typeof(SalesforceCdcDrainFunction), typeof(ProcessChangesFunction), typeof(WriteHubSpotFunction));
        builder.Services.AddSingleton(recorder);
        builder.Services.Decorate<IWriteQueue>((sp, inner) => new RecordingWriteQueue(inner, sp.GetRequiredService<LatencyRecorder>()));
        builder.Services.Decorate<IConnectorFactory>((sp, inner) => new RecordingConnectorFactory(inner, "hubspot", sp.GetRequiredService<LatencyRecorder>()));
        var app = builder.Build();
        await app.StartAsync(cancellationToken);
        return new BenchHost(app);
    }

    /// <summary>Runs one CDC drain (it reads for <c>Sync:Intake:SalesforceDrainDuration</c>).</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        var result = await _app.Services.GetRequiredService<FunctionInvoker>().InvokeAsync(
            _app.Services.GetRequiredService<FunctionCatalog>()[nameof(SalesforceCdcDrainFunction)],
            new InvocationRequest(new TimerInfo(), "benchmark: drain"),
            cancellationToken);
        if (!result.Succeeded && !cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException($"The CDC drain failed: {result.Exception}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private static Dictionary<string, string?> Settings(BenchSettings settings, SandboxHost sandbox, string planPath) => new()
    {
        ["AzureWebJobsStorage"] = settings.Storage,
        ["LocalHost:HostJsonPath"] = Path.Combine(settings.Root, "host.json"),

        // Warnings and errors only: a console line per HTTP request would cost the 2 cores more than the sync does.
        ["AzureFunctionsJobHost:logging:logLevel:default"] = "Warning",
        ["AzureFunctionsJobHost:logging:logLevel:Host.Results"] = "Warning",
        ["AzureFunctionsJobHost:logging:logLevel:Function"] = "Warning",
        ["LocalHost:Timers:HostId"] = $"bench-{Guid.NewGuid():N}"[..20],
        ["Integration:PlanPath"] = planPath,
        ["Sync:Salesforce:DrainSchedule"] = "0 0 0 1 1 *",
        ["Sync:Intake:SalesforceDrainDuration"] = "00:00:05",
        ["Salesforce:Streaming:InitialReplayId"] = "-2",
        [$"Salesforce:Connections:{BenchPlan.SalesforceConnection}:LoginUrl"] = sandbox.SalesforceBaseUrl.ToString().TrimEnd('/'),
        [$"Salesforce:Connections:{BenchPlan.SalesforceConnection}:ClientId"] = Sandbox.SandboxApi.SalesforceClientId,
        [$"Salesforce:Connections:{BenchPlan.SalesforceConnection}:ClientSecret"] = Sandbox.SandboxApi.SalesforceClientSecret,
        [$"HubSpot:Connections:{BenchPlan.HubSpotConnection}:BaseUrl"] = sandbox.HubSpotBaseUrl.ToString(),
        [$"HubSpot:Connections:{BenchPlan.HubSpotConnection}:AccessToken"] = Sandbox.SandboxApi.HubSpotToken,
        [$"HubSpot:Connections:{BenchPlan.HubSpotConnection}:ClientSecret"] = Sandbox.SandboxApi.HubSpotClientSecret,
        ["HubSpot:Webhooks:PublicBaseUrl"] = "https://sync.example.com",
    };
}
