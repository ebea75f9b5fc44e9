using System.Reflection;
using Integration.Functions.LocalHost.Catalog;
using Integration.Functions.LocalHost.HostJson;
using Integration.Functions.LocalHost.Http;
using Integration.Functions.LocalHost.Invocation;
using Integration.Functions.LocalHost.Keys;
using Integration.Functions.LocalHost.Queues;
using Integration.Functions.LocalHost.Timers;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Integration.Functions.LocalHost;

/// <summary>Entry points: run an isolated-worker function app's compiled functions in this process.</summary>
public static class FunctionsLocalHostExtensions
{
    /// <summary>Adds the local host for every <c>[Function]</c> in <paramref name="functionAssemblies"/>.</summary>
    public static IHostApplicationBuilder AddFunctionsLocalHost(this IHostApplicationBuilder builder, params Assembly[] functionAssemblies) =>
        builder.AddFunctionsLocalHost(FunctionSources.FromAssemblies(functionAssemblies));

    /// <summary>Adds the local host for the <c>[Function]</c> methods of the given classes only (tests).</summary>
    public static IHostApplicationBuilder AddFunctionsLocalHost(this IHostApplicationBuilder builder, params Type[] functionClasses) =>
        builder.AddFunctionsLocalHost(new FunctionSources(functionClasses));

    /// <summary>
    /// Adds host.json (lowest-priority configuration, under <c>AzureFunctionsJobHost</c>, so app settings like
    /// <c>AzureFunctionsJobHost__extensions__queues__batchSize</c> override it), its logging levels, the catalog,
    /// the invoker, function keys, HTTP result execution, the queue listeners and the timer listeners.
    /// </summary>
    public static IHostApplicationBuilder AddFunctionsLocalHost(this IHostApplicationBuilder builder, FunctionSources sources)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(sources);
        builder.Configuration.AddHostJson(HostJsonConfiguration.ResolvePath(builder.Configuration));
        builder.Logging.AddConfiguration(builder.Configuration.GetSection($"{HostJsonConfiguration.SectionName}:logging"));

        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sources);
        services.TryAddSingleton<FunctionCatalog>();
        services.TryAddSingleton<FunctionInvoker>();
        services.TryAddSingleton<FunctionKeys>();
        services.TryAddSingleton<HttpFunctionHandler>();
        services.AddMvcCore();

        services.AddOptions<FunctionHostOptions>().Configure<IConfiguration>((o, c) => HostJsonReader.Read(c, o)).ValidateOnStart();
        services.AddOptions<QueueHostOptions>().Configure<IConfiguration>((o, c) => HostJsonReader.Read(c, o)).ValidateOnStart();
        services.AddOptions<QueueListenerOptions>().BindConfiguration(QueueListenerOptions.SectionName, o => o.ErrorOnUnknownConfiguration = true);
        services.AddOptions<FunctionKeysOptions>().BindConfiguration(FunctionKeysOptions.SectionName, o => o.ErrorOnUnknownConfiguration = true);
        services.AddOptions<TimerTriggerOptions>().BindConfiguration(TimerTriggerOptions.SectionName, o => o.ErrorOnUnknownConfiguration = true);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TimerTriggerOptions>, TimerTriggerOptionsValidator>());
        services.AddOptions<TimerTriggerOptions>().ValidateOnStart();
        services.AddHostedService<QueueListenersHostedService>();
        services.AddHostedService<TimerListenersHostedService>();
        return builder;
    }
}
