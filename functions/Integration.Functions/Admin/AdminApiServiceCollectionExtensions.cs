using Integration.Functions.Admin.Access;
using Integration.Functions.Admin.Conflicts;
using Integration.Functions.Admin.DeadLetters;
using Integration.Functions.Admin.Errors;
using Integration.Functions.Admin.Mappings;
using Integration.Functions.Admin.Status;
using Integration.Functions.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Integration.Functions.Admin;

/// <summary>Registers the management API's services (its functions are found by the host).</summary>
public static class AdminApiServiceCollectionExtensions
{
    /// <summary>The named HTTP client that fetches the Entra authority's metadata and keys.</summary>
    public const string EntraMetadataClient = "entra-metadata";

    /// <summary>
    /// Adds validated <see cref="AdminOptions"/> (section <c>Admin</c>; table names come from <c>Sync:Tables</c>, bound by the sync pipeline),
    /// authentication, the status sources and mapping switches on Azure Storage, and placeholders answering 503 for
    /// <see cref="IConflictQuery"/>, <see cref="IDeadLetterAdmin"/> and <see cref="ISyncErrorQuery"/> until the storage
    /// adapters register theirs (register them with <c>AddSingleton</c>, or before this call). Safe to call twice.
    /// </summary>
    public static IServiceCollection AddAdminApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSyncMetrics();
        services.AddOptions<AdminOptions>()
            .Bind(configuration.GetSection(AdminOptions.SectionName), o => o.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, AdminCredentialCheck>());

        services.AddHttpClient(EntraMetadataClient);
        services.TryAddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(CreateMetadataManager);
        services.TryAddSingleton<ApiKeyVerifier>();
        services.TryAddSingleton<EntraTokenValidator>();
        services.TryAddSingleton<AdminAuthenticator>();
        services.TryAddSingleton(sp => new AdminGate(sp.GetRequiredService<AdminAuthenticator>(), sp.GetRequiredService<ILogger<AdminGate>>()));

        services.TryAddSingleton<IStreamStatusSource, TableStreamStatusSource>();
        services.TryAddSingleton<IQueueDepthSource, StorageQueueDepthSource>();
        services.TryAddSingleton<IMappingSwitches, TableMappingSwitches>();
        services.TryAddSingleton<UnconnectedAdminStores>();
        services.TryAddSingleton<IConflictQuery>(sp => sp.GetRequiredService<UnconnectedAdminStores>());
        services.TryAddSingleton<IDeadLetterAdmin>(sp => sp.GetRequiredService<UnconnectedAdminStores>());
        services.TryAddSingleton<ISyncErrorQuery>(sp => sp.GetRequiredService<UnconnectedAdminStores>());
        services.TryAddTransient<DeadLetterReplay>();
        services.TryAddTransient<SyncStatusReader>();
        return services;
    }

    private static IConfigurationManager<OpenIdConnectConfiguration> CreateMetadataManager(IServiceProvider services)
    {
        var entra = services.GetRequiredService<IOptions<AdminOptions>>().Value.Entra;
        if (!entra.IsEnabled)
        {
            // Never asked: the authenticator refuses bearer tokens while no authority is configured.
            return new StaticConfigurationManager<OpenIdConnectConfiguration>(new OpenIdConnectConfiguration());
        }

        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(EntraMetadataClient);
        var address = $"{entra.Authority!.TrimEnd('/')}/.well-known/openid-configuration";
        return new ConfigurationManager<OpenIdConnectConfiguration>(address, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever(http) { RequireHttps = true });
    }
}
