using Integration.Functions.LocalHost.Catalog;
using Integration.Functions.LocalHost.HostJson;
using Microsoft.Extensions.Options;

namespace Integration.Functions.LocalHost.Http;

/// <summary>Maps every HTTP function of the catalog at <c>/&lt;routePrefix&gt;/&lt;route&gt;</c> with its methods.</summary>
public static class HttpFunctionEndpoints
{
    /// <summary>
    /// Maps the HTTP functions. Unlisted methods on a mapped path answer 405 and unknown paths 404, as
    /// ASP.NET Core routing does. Resolving the catalog here makes a bad function shape fail the start.
    /// </summary>
    public static IEndpointRouteBuilder MapFunctionsHttp(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var catalog = endpoints.ServiceProvider.GetRequiredService<FunctionCatalog>();
        var prefix = endpoints.ServiceProvider.GetRequiredService<IOptions<FunctionHostOptions>>().Value.RoutePrefix;
        // Resolved now so that key set-up (and the generated-key warning) happens at startup, not on the first request.
        _ = endpoints.ServiceProvider.GetRequiredService<HttpFunctionHandler>();

        foreach (var (function, trigger) in catalog.WithTrigger<HttpFunctionTrigger>())
        {
            var pattern = string.IsNullOrEmpty(prefix) ? trigger.Route : $"{prefix}/{trigger.Route}";
            Task Handle(HttpContext context) =>
                context.RequestServices.GetRequiredService<HttpFunctionHandler>().HandleAsync(context, function, trigger);
            var endpoint = trigger.Methods.Count == 0
                ? endpoints.Map(pattern, Handle)
                : endpoints.MapMethods(pattern, trigger.Methods, Handle);
            endpoint.WithDisplayName(function.LogName);
        }

        return endpoints;
    }
}
