using Integration.Sandbox.HubSpot.Associations;
using Integration.Sandbox.HubSpot.Auth;
using Integration.Sandbox.HubSpot.Batch;
using Integration.Sandbox.HubSpot.Control;
using Integration.Sandbox.HubSpot.Objects;
using Integration.Sandbox.HubSpot.Properties;
using Integration.Sandbox.HubSpot.Search;
using Integration.Sandbox.HubSpot.Tenancy;
using Integration.Sandbox.HubSpot.Webhooks;
using Integration.Sandbox.Salesforce.Control;

namespace Integration.Sandbox.HubSpot;

/// <summary>Registers and maps the HubSpot emulator.</summary>
internal static class HubSpotSandboxExtensions
{
    public static IServiceCollection AddHubSpotSandbox(this IServiceCollection services, HubSpotSandboxOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<HubSpotPortalRegistry>();
        services.AddSingleton<HubSpotRequestGate>();
        services.AddHttpClient(WebhookDelivery.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        return services;
    }

    /// <summary>Maps the HubSpot surface onto the requests that arrive on <paramref name="port"/> only.</summary>
    public static WebApplication MapHubSpotSandbox(this WebApplication app, int port, string? adminKey)
    {
        var gate = app.Services.GetRequiredService<HubSpotRequestGate>();
        app.UseWhen(
            http => http.Connection.LocalPort == port && http.GetEndpoint() is not null
                && http.Request.Path.StartsWithSegments("/crm", StringComparison.Ordinal),
            branch => branch.Use(next => http => gate.InvokeAsync(http, next)));

        var hubspot = app.MapGroup(string.Empty).RequireHost($"*:{port}");
        var crm = hubspot.MapGroup("/crm");
        var objects = crm.MapGroup("/v3/objects/{objectType}");
        ObjectEndpoints.Map(objects);
        BatchEndpoints.Map(objects);
        SearchEndpoint.Map(objects);
        PropertyEndpoints.Map(crm);
        AssociationEndpoints.Map(crm);

        HubSpotControlEndpoints.Map(hubspot.MapGroup("/_sandbox/hubspot").AddEndpointFilter(new ControlAccessFilter(adminKey)));
        return app;
    }
}
