using Integration.Sandbox.NetSuite.Auth;
using Integration.Sandbox.NetSuite.Control;
using Integration.Sandbox.NetSuite.Rest;
using Integration.Sandbox.NetSuite.SuiteQl;
using Integration.Sandbox.NetSuite.Tenancy;
using Integration.Sandbox.NetSuite.Webhooks;
using Integration.Sandbox.Salesforce.Control;

namespace Integration.Sandbox.NetSuite;

/// <summary>Registers and maps the NetSuite emulator.</summary>
internal static class NetSuiteSandboxExtensions
{
    public static IServiceCollection AddNetSuiteSandbox(this IServiceCollection services, NetSuiteSandboxOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<WebhookDispatcher>();
        services.AddSingleton<NetSuiteAccountRegistry>();
        services.AddSingleton<TbaVerifier>();
        services.AddSingleton<NetSuiteRequestGate>();
        services.AddSingleton<UserLoadGenerator>();
        services.AddHostedService<WebhookSender>();
        services.AddHttpClient(WebhookSender.ClientName, client => client.Timeout = TimeSpan.FromSeconds(45));
        return services;
    }

    /// <summary>Maps the NetSuite surface onto the requests that arrive on <paramref name="port"/> only.</summary>
    public static WebApplication MapNetSuiteSandbox(this WebApplication app, int port, string? adminKey)
    {
        var gate = app.Services.GetRequiredService<NetSuiteRequestGate>();
        app.UseWhen(
            http => http.Connection.LocalPort == port && http.Request.Path.StartsWithSegments("/services/rest", StringComparison.Ordinal),
            branch => branch.Use(next => http => gate.InvokeAsync(http, next)));

        var netSuite = app.MapGroup(string.Empty).RequireHost($"*:{port}");
        RecordEndpoints.Map(netSuite.MapGroup("/services/rest/record/v1"));
        SuiteQlEndpoint.Map(netSuite.MapGroup("/services/rest/query/v1"));
        netSuite.Map("/services/rest/{**resource}", (string? resource) =>
            new NetSuiteError(404, "NONEXISTENT_RESOURCE", $"The sandbox does not emulate /services/rest/{resource}.").ToResult());
        NetSuiteControlEndpoints.Map(netSuite.MapGroup("/_sandbox/netsuite").AddEndpointFilter(new ControlAccessFilter(adminKey)));
        return app;
    }
}
