
namespace Integration.Benchmarks.Hosting;

/// <summary>Wraps every registration of a service in a decorator, keeping its lifetime.</summary>
internal static class ServiceDecoration
{
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        for (var i = 0; i < services.Count; i++)
        {
            var original = services[i];
            if (original.ServiceType != typeof(TService) || original.IsKeyedService)
            {
                continue;
            }

            services[i] = ServiceDescriptor.Describe(typeof(TService), sp => decorate(sp, (TService)Create(sp, original)), original.Lifetime);
        }

        return services;
    }

    private static object Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
