using Integration.Sandbox.Salesforce.Auth;
using Integration.Sandbox.Salesforce.Control;
using Integration.Sandbox.Salesforce.Rest;
using Integration.Sandbox.Salesforce.Streaming;
using Integration.Sandbox.Salesforce.Tenancy;

namespace Integration.Sandbox.Salesforce;

/// <summary>Registers and maps the Salesforce emulator.</summary>
internal static class SalesforceSandboxExtensions
{
    public static IServiceCollection AddSalesforceSandbox(this IServiceCollection services, SalesforceSandboxOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<SalesforceOrgRegistry>();
        services.AddSingleton<AccessTokenRegistry>();
        services.AddSingleton<ApiRequestGate>();
        services.AddSalesforceStreaming();
        return services;
    }

    /// <summary>Maps the Salesforce surface onto the requests that arrive on <paramref name="port"/> only.</summary>
    public static WebApplication MapSalesforceSandbox(this WebApplication app, int port, string? adminKey)
    {
        var gate = app.Services.GetRequiredService<ApiRequestGate>();
        app.UseWhen(
            http => http.Connection.LocalPort == port && http.GetEndpoint() is not null
                && http.Request.Path.StartsWithSegments("/services/data", StringComparison.Ordinal) && http.Request.RouteValues.ContainsKey("version"),
            branch => branch.Use(next => http => gate.InvokeAsync(http, next)));

        var salesforce = app.MapGroup(string.Empty).RequireHost($"*:{port}");
        salesforce.MapPost("/services/oauth2/token", TokenEndpoint.HandleAsync);
        salesforce.MapGet("/services/data", (SalesforceSandboxOptions options) => VersionsEndpoint.Handle(options.ApiVersion));

        var api = salesforce.MapGroup("/services/data/v{version:regex(^\\d+\\.\\d$)}");
        SObjectRowEndpoints.Map(api);
        ExternalIdEndpoints.Map(api);
        DescribeEndpoints.Map(api);
        LimitsEndpoint.Map(api);
        QueryEndpoints.Map(api);
        CollectionEndpoints.Map(api);
        api.Map("/{**resource}", () => RestError.NotFound.ToResult());

        salesforce.MapSalesforceStreaming();

        var control = salesforce.MapGroup("/_sandbox/salesforce").AddEndpointFilter(new ControlAccessFilter(adminKey));
        ControlEndpoints.Map(control);
        control.MapSalesforceStreamingControl();
        return app;
    }
}
