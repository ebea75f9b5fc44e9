using Integration.Connectors.Salesforce.Api;
using Integration.Connectors.Salesforce.Auth;
using Integration.Connectors.Salesforce.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace Integration.Connectors.Salesforce.Configuration;

/// <summary>
/// Registers one connection's clients, keyed by its name: the token endpoint client, and one client per
/// REST area behind resilience → protocol (errors, limits, call options) → auth (token, instance URL, refresh).
/// </summary>
internal static class SalesforceClientRegistration
{
    /// <summary>The data clients' base address until the auth handler swaps in the token's <c>instance_url</c>.</summary>
    private const string PlaceholderInstance = "https://instance.salesforce.invalid";

    public static void Register(IServiceCollection services, string connection)
    {
        services.AddKeyedSingleton(connection, (sp, _) => new SalesforceApiUsage(connection, sp.GetRequiredService<ILogger<SalesforceApiUsage>>()));
        services.AddKeyedSingleton(connection, (sp, _) => new SalesforceTokenProvider(
            connection,
            sp.GetRequiredService<IOptionsMonitor<SalesforceOptions>>(),
            sp.GetRequiredKeyedService<ISalesforceOAuthApi>(connection),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SalesforceTokenProvider>>()));

        var oauth = services.AddKeyedRefitGeneratedClient<ISalesforceOAuthApi>(connection, Settings, $"Salesforce.{connection}.OAuth");
        oauth.ConfigureHttpClient((sp, client) =>
            {
                client.BaseAddress = new Uri(Connection(sp, connection).LoginUrl.TrimEnd('/'));
                client.Timeout = Timeout.InfiniteTimeSpan;
            });
        oauth.AddResilienceHandler("salesforce-oauth", (builder, context) =>
            SalesforceResiliencePipeline.Configure(builder, Options(context.ServiceProvider).Resilience, retryPost: true));
        oauth.AddHttpMessageHandler(() => new SalesforceProtocolHandler(null, null));

        // Long polls last up to the advised 110 s: no resilience handler (its attempt timeout would cut them);
        // the change feed sizes its own timeouts from the advice and backs off itself. Cookies are kept per
        // Bayeux session by the feed, so the shared handler must not keep (and mix) them.
        services.AddHttpClient(StreamingClientName(connection), client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = false });

        AddDataClient<ISalesforceSObjectsApi>(services, connection, "SObjects");
        AddDataClient<ISalesforceCollectionsApi>(services, connection, "Collections");
        AddDataClient<ISalesforceQueryApi>(services, connection, "Query");
        AddDataClient<ISalesforceLimitsApi>(services, connection, "Limits");
    }

    /// <summary>The named client of a connection's Streaming API (CometD) exchanges.</summary>
    public static string StreamingClientName(string connection) => $"Salesforce.{connection}.Streaming";

    private static void AddDataClient<TApi>(IServiceCollection services, string connection, string area)
        where TApi : class
    {
        // Handlers run in the order added: resilience outermost, then protocol, then auth next to the wire.
        var client = services.AddKeyedRefitGeneratedClient<TApi>(connection, Settings, $"Salesforce.{connection}.{area}");
        client.ConfigureHttpClient((sp, client) =>
            {
                client.BaseAddress = new Uri($"{PlaceholderInstance}/services/data/v{Connection(sp, connection).ApiVersion}");
                client.Timeout = Timeout.InfiniteTimeSpan;
            });
        client.AddResilienceHandler("salesforce", (builder, context) =>
            SalesforceResiliencePipeline.Configure(builder, Options(context.ServiceProvider).Resilience, retryPost: false));
        client.AddHttpMessageHandler(sp =>
            {
                var settings = Connection(sp, connection);
                return new SalesforceProtocolHandler(
                    sp.GetRequiredKeyedService<SalesforceApiUsage>(connection),
                    string.IsNullOrEmpty(settings.CallOptionsClient) ? settings.ClientId : settings.CallOptionsClient);
            })
            .AddHttpMessageHandler(sp => new SalesforceAuthHandler(
                sp.GetRequiredKeyedService<SalesforceTokenProvider>(connection),
                sp.GetRequiredService<ILogger<SalesforceAuthHandler>>()));
    }

    private static RefitSettings Settings(IServiceProvider services) => new()
    {
        ContentSerializer = new SystemTextJsonContentSerializer(SalesforceJson.Options),
        // Buffered bodies can be sent again by the retry and by the 401 replay.
        Buffered = true,
        // Surface our typed vendor exceptions (and transport ones) as they are, not wrapped.
        TransportExceptionFactory = static (_, exception, _) => exception,
    };

    private static SalesforceOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptionsMonitor<SalesforceOptions>>().CurrentValue;

    private static SalesforceConnectionOptions Connection(IServiceProvider services, string connection) =>
        Options(services).Connections[connection];
}
