using Integration.Connectors.Salesforce.Configuration;
using Integration.Connectors.Salesforce.Connectors;
using Integration.Connectors.Salesforce.Streaming;
using Integration.Core.Connectors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Integration.Connectors.Salesforce;

/// <summary>Registers the Salesforce connector.</summary>
public static class SalesforceServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Salesforce connector: <see cref="SalesforceOptions"/> bound from
    /// <paramref name="section"/> (the <c>Salesforce</c> section; unknown keys are errors) and validated at start,
    /// one set of keyed Refit clients per connection under <c>Connections</c> (token handler, resilience, error
    /// mapping), an <see cref="IConnectorFactory"/> of kind <c>salesforce</c>, and an
    /// <see cref="ISalesforceChangeFeedFactory"/> for Change Data Capture (<c>Salesforce:Streaming</c>). A second call changes nothing.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="section">The <c>Salesforce</c> configuration section.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddSalesforceConnector(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        if (services.Any(d => d.ServiceType == typeof(SalesforceConnectorFactory)))
        {
            return services;
        }

        services.AddOptions<SalesforceOptions>()
            .Bind(section, binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SalesforceOptions>, SalesforceOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.TryAddSingleton<SalesforceConnectorFactory>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConnectorFactory, SalesforceConnectorFactory>(sp => sp.GetRequiredService<SalesforceConnectorFactory>()));
        services.TryAddSingleton<ISalesforceChangeFeedFactory, SalesforceChangeFeedFactory>();
        foreach (var connection in section.GetSection("Connections").GetChildren())
        {
            SalesforceClientRegistration.Register(services, connection.Key);
        }

        return services;
    }
}
