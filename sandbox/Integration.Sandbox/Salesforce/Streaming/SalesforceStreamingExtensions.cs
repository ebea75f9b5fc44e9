using Integration.Sandbox.Salesforce.Streaming.Bayeux;
using Integration.Sandbox.Salesforce.Streaming.Control;
using Integration.Sandbox.Salesforce.Streaming.Load;
using Integration.Sandbox.Salesforce.Streaming.Sessions;

namespace Integration.Sandbox.Salesforce.Streaming;

/// <summary>Registers and maps Change Data Capture over CometD (<c>/cometd/NN.N</c>) and its control API.</summary>
internal static class SalesforceStreamingExtensions
{
    public static IServiceCollection AddSalesforceStreaming(this IServiceCollection services)
    {
        services.AddSingleton<BayeuxClientRegistry>();
        services.AddSingleton<UserEditLoadRegistry>();
        return services;
    }

    public static void MapSalesforceStreaming(this RouteGroupBuilder salesforce) => BayeuxEndpoint.Map(salesforce);

    public static void MapSalesforceStreamingControl(this RouteGroupBuilder control) => StreamingControlEndpoints.Map(control);
}
