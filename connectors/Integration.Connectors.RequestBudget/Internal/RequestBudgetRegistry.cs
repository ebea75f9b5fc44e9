using System.Collections.Concurrent;

namespace Integration.Connectors.RequestBudget.Internal;

/// <summary>
/// The process-wide budgets, one per key (vendor account and app): every client and handler
/// naming the same key draws from the same budget. The first options given for a key size it.
/// </summary>
internal sealed class RequestBudgetRegistry(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, RequestBudget> _budgets = new(StringComparer.Ordinal);

    public RequestBudget GetOrAdd(string key, RequestBudgetOptions options) =>
        _budgets.GetOrAdd(key, static (k, state) => new RequestBudget(k, state.options, state.time), (options, time));
}
