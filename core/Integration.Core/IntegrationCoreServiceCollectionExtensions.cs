using Integration.Core.Connectors;
using Integration.Core.Echoes;
using Integration.Core.Mapping;
using Integration.Core.Processing;
using Integration.Core.Writing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Integration.Core;

/// <summary>Registers the sync engine.</summary>
public static class IntegrationCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the change processor, the destination writer and what they need (mapper, reference resolver, echo
    /// filter, connector catalogue, validated <see cref="SyncEngineOptions"/>, <see cref="TimeProvider.System"/>, and
    /// <see cref="PlanSourceOfTruthProvider"/> as the default source of truth, <see cref="NoMappingPauses"/> as the default
    /// pause switches: register an <see cref="IMappingPauses"/> before this call to honour pauses). The host registers the ports:
    /// <see cref="IPlanProvider"/>, <see cref="CrossReference.ICrossReferenceStore"/>, <see cref="IWriteQueue"/>,
    /// <see cref="Conflicts.IConflictLog"/>, <see cref="ISyncErrorLog"/>, <see cref="IDeadLetterStore"/>, and the
    /// connectors' <see cref="IConnectorFactory"/>s; it binds options from <see cref="SyncEngineOptions.SectionName"/>.
    /// Every registration is a TryAdd, so a second call is harmless.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional option changes, applied after any binding.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddIntegrationCore(this IServiceCollection services, Action<SyncEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SyncEngineOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SyncEngineOptions>, SyncEngineOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISourceOfTruthProvider, PlanSourceOfTruthProvider>();
        services.TryAddSingleton<IMappingPauses, NoMappingPauses>();
        services.TryAddSingleton<SystemConnectors>();
        services.TryAddSingleton<RecordMapper>();
        services.TryAddSingleton<ReferenceResolver>();
        services.TryAddSingleton<EchoFilter>();
        services.TryAddSingleton<ProcessingOutputs>();
        services.TryAddSingleton<ChangeProcessor>();
        services.TryAddSingleton<DestinationWriter>();
        return services;
    }
}
