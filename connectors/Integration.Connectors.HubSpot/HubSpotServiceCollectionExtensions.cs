using System.Net;
using Integration.Connectors.HubSpot.Auth;
using Integration.Connectors.HubSpot.Connections;
using Integration.Connectors.HubSpot.Webhooks;
using Integration.Connectors.RequestBudget;
using Integration.Core.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Integration.Connectors.HubSpot;

/// <summary>Registers the HubSpot connector.</summary>
public static class HubSpotServiceCollectionExtensions
{
    /// <summary>
    /// Registers the HubSpot connector from <paramref name="section"/> (the <c>HubSpot</c> section):
    /// validated options (unknown keys and bad values stop the start), one HTTP client per
    /// connection (retry, request budget, attempt timeout, bearer auth), an
    /// <see cref="IConnectorFactory"/> of kind <c>hubspot</c>, and the <see cref="HubSpotWebhookReceiver"/>.
    /// A second call is harmless.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The <c>HubSpot</c> configuration section.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddHubSpotConnector(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(HubSpotConnectorFactory)))
        {
            return services;
        }

        services.AddOptions<HubSpotOptions>()
            .Bind(section, binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubSpotOptions>, HubSpotOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddRequestBudgets();

        // Connection names are configuration keys; their clients must exist before the first resolve.
        foreach (var connection in section.GetSection("Connections").GetChildren().Select(child => child.Key))
        {
            AddConnectionClient(services, connection);
        }

        services.TryAddSingleton<HubSpotConnectorFactory>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConnectorFactory, HubSpotConnectorFactory>(sp => sp.GetRequiredService<HubSpotConnectorFactory>()));
        services.TryAddSingleton<HubSpotWebhookReceiver>(sp => new HubSpotWebhookReceiver(
            sp.GetRequiredService<IOptionsMonitor<HubSpotOptions>>(),
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static void AddConnectionClient(IServiceCollection services, string connection)
    {
        HubSpotConnectionOptions Settings(IServiceProvider sp) =>
            sp.GetRequiredService<IOptionsMonitor<HubSpotOptions>>().CurrentValue.Connections[connection];

        var client = services.AddHttpClient(HubSpotHttpClientName.For(connection), (sp, client) =>
            {
                client.BaseAddress = Settings(sp).BaseUrl;
                // The budget may hold a request back for long; each attempt has its own timeout below.
                client.Timeout = Timeout.InfiniteTimeSpan;
            });
        client.AddResilienceHandler("hubspot-retry", (pipeline, context) =>
            {
                var resilience = context.ServiceProvider.GetRequiredService<IOptionsMonitor<HubSpotOptions>>().CurrentValue.Resilience;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(resilience.MaxRetryAttempts, 1),
                    Delay = resilience.BaseDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(resilience.MaxRetryAttempts > 0 && IsRetryable(args.Outcome)),
                });
            });
        client.AddRequestBudget(
                sp => BudgetKey(connection, Settings(sp)),
                sp => Settings(sp).RequestBudget,
                HubSpotRateLimitHeaders.Names,
                HubSpotRateLimitHeaders.IsSearch);
        client.AddResilienceHandler("hubspot-attempt", (pipeline, context) =>
            pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptionsMonitor<HubSpotOptions>>().CurrentValue.Resilience.AttemptTimeout));
        client.AddHttpMessageHandler(sp => new HubSpotAuthHandler(sp.GetRequiredService<IOptionsMonitor<HubSpotOptions>>(), connection));
    }

    private static bool IsRetryable(Outcome<HttpResponseMessage> outcome) =>
        HttpClientResiliencePredicates.IsTransient(outcome)
        || outcome.Result?.StatusCode is HttpStatusCode.Locked or (HttpStatusCode)477;

    private static string BudgetKey(string connection, HubSpotConnectionOptions settings) =>
        $"hubspot:{settings.PortalId ?? connection.ToLowerInvariant()}:{settings.AppId ?? "app"}";
}
