using Integration.Connectors.RequestBudget.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Integration.Connectors.RequestBudget;

/// <summary>Registers request budgets and puts them in HTTP client pipelines.</summary>
public static class RequestBudgetServiceCollectionExtensions
{
    /// <summary>Registers the process-wide budget registry (once; a second call is harmless).</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddRequestBudgets(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new RequestBudgetRegistry(sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>
    /// Adds a handler that draws every request of this client from the budget named
    /// <paramref name="budgetKey"/> (one per vendor account and app, shared with every other
    /// client naming it) and learns the vendor's limits from <paramref name="headers"/>. Add it
    /// after the resilience handler so each retry attempt is budgeted.
    /// </summary>
    /// <param name="builder">The HTTP client.</param>
    /// <param name="budgetKey">The budget's key, for example <c>hubspot:portal:app</c>, resolved when the first handler is built.</param>
    /// <param name="options">The budget's starting limits, resolved when the first handler is built.</param>
    /// <param name="headers">The vendor's rate-limit header names.</param>
    /// <param name="isSecondlyLimited">Which requests also count against the secondly limit (HubSpot search); none when null.</param>
    /// <returns>The same builder.</returns>
    public static IHttpClientBuilder AddRequestBudget(
        this IHttpClientBuilder builder,
        Func<IServiceProvider, string> budgetKey,
        Func<IServiceProvider, RequestBudgetOptions> options,
        RateLimitHeaderNames headers,
        Func<HttpRequestMessage, bool>? isSecondlyLimited = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(budgetKey);
        builder.Services.AddRequestBudgets();
        var secondly = isSecondlyLimited ?? (static _ => false);
        return builder.AddHttpMessageHandler(sp => new RequestBudgetHandler(
            sp.GetRequiredService<RequestBudgetRegistry>().GetOrAdd(budgetKey(sp), options(sp)),
            headers,
            secondly,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<RequestBudgetHandler>>()));
    }
}
