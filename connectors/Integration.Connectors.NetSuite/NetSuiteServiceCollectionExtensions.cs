using Integration.Connectors.NetSuite.Auth;
using Integration.Connectors.NetSuite.ChangeFeed;
using Integration.Connectors.NetSuite.Configuration;
using Integration.Connectors.NetSuite.Connectors;
using Integration.Connectors.NetSuite.Errors;
using Integration.Connectors.NetSuite.Governance;
using Integration.Core.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integration.Connectors.NetSuite;

/// <summary>Registers the NetSuite connector.</summary>
public static class NetSuiteServiceCollectionExtensions
{
    /// <summary>
    /// Registers the NetSuite connector: <see cref="NetSuiteOptions"/> bound from <paramref name="section"/>
    /// (the <c>NetSuite</c> section; unknown keys are errors, every connection validated on start), an
    /// <see cref="IConnectorFactory"/> of kind <c>netsuite</c>, the <see cref="NetSuiteChangeFeedFactory"/>
    /// (SuiteQL pollers) and the <see cref="NetSuiteWebhookReceiver"/>. Each connection gets a named
    /// HTTP client: retries of 5xx and timeouts, per-attempt timeout, NetSuite errors as
    /// <see cref="NetSuiteApiException"/>, the account's concurrency limiter with back-off on
    /// CONCURRENCY_LIMIT_EXCEEDED, and TBA signing. A second call changes nothing.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The <c>NetSuite</c> configuration section.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddNetSuiteConnector(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(NetSuiteClients)))
        {
            return services;
        }

        services.AddOptions<NetSuiteOptions>().Bind(section, binder => binder.ErrorOnUnknownConfiguration = true).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NetSuiteOptions>, NetSuiteOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<INonceSource, RandomNonceSource>();
        services.AddSingleton<NetSuiteAccountLimiters>();
        services.AddSingleton<NetSuiteRefitSettings>();
        services.AddSingleton<NetSuiteClients>();
        services.AddSingleton<IConnectorFactory, NetSuiteConnectorFactory>();
        services.AddSingleton(provider => new NetSuiteChangeFeedFactory(
            provider.GetRequiredService<NetSuiteClients>(), provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(provider => new NetSuiteWebhookReceiver(
            provider.GetRequiredService<NetSuiteClients>(), provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<NetSuiteWebhookReceiver>>()));

        foreach (var connection in section.GetSection(nameof(NetSuiteOptions.Connections)).GetChildren())
        {
            AddConnectionClient(services, connection.Key);
        }

        return services;
    }

    private static void AddConnectionClient(IServiceCollection services, string connection)
    {
        // Handlers run in the order added: resilience outermost, signing closest to the network (a fresh nonce per attempt).
        var client = services.AddHttpClient(NetSuiteClients.HttpClientName(connection), (provider, client) =>
        {
            client.BaseAddress = Connection(provider, connection).EffectiveBaseUrl;
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        client.RedactLoggedHeaders(["Authorization"]);
        client.AddResilienceHandler("netsuite", (pipeline, context) =>
            NetSuiteResiliencePipeline.Configure(pipeline, Connection(context.ServiceProvider, connection)));
        client.AddHttpMessageHandler(() => new NetSuiteErrorHandler())
            .AddHttpMessageHandler(provider =>
            {
                var options = Connection(provider, connection);
                var limiters = provider.GetRequiredService<NetSuiteAccountLimiters>();
                return new NetSuiteConcurrencyHandler(
                    TbaCredentials.RealmFor(options.AccountId),
                    limiters.For(TbaCredentials.RealmFor(options.AccountId), options.ConcurrencyLimit),
                    new ConcurrencyBackoff(options.RetryBaseDelay, NetSuiteResiliencePipeline.MaxDelay),
                    options.MaxRetries,
                    provider.GetRequiredService<TimeProvider>(),
                    Random.Shared.NextDouble,
                    provider.GetRequiredService<ILogger<NetSuiteConcurrencyHandler>>());
            })
            .AddHttpMessageHandler(provider =>
            {
                var options = Connection(provider, connection);
                var credentials = new TbaCredentials(
                    TbaCredentials.RealmFor(options.AccountId), options.ConsumerKey, options.ConsumerSecret, options.TokenId, options.TokenSecret);
                return new TbaSigningHandler(credentials, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<INonceSource>());
            });
    }

    private static NetSuiteConnectionOptions Connection(IServiceProvider provider, string connection) =>
        provider.GetRequiredService<NetSuiteClients>().Options(connection);
}
