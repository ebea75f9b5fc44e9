using System.Collections.Concurrent;
using Integration.Core.Plans;

namespace Integration.Core.Connectors;

/// <summary>
/// The connector of each plan system: the registered <see cref="IConnectorFactory"/> of the system's kind creates it
/// for the system's connection, once.
/// </summary>
public sealed class SystemConnectors
{
    private readonly Dictionary<string, IConnectorFactory> _factories;
    private readonly ConcurrentDictionary<(string Kind, string Connection), IConnector> _connectors = new();

    /// <summary>Creates the catalogue over the registered factories.</summary>
    /// <param name="factories">One factory per system kind.</param>
    public SystemConnectors(IEnumerable<IConnectorFactory> factories)
    {
        ArgumentNullException.ThrowIfNull(factories);
        _factories = factories.ToDictionary(f => f.Kind, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The connector of the plan system named <paramref name="system"/>.</summary>
    /// <param name="plan">The plan declaring the system.</param>
    /// <param name="system">The system's key in the plan.</param>
    /// <returns>The connector.</returns>
    /// <exception cref="KeyNotFoundException">The plan declares no such system, or no connector of its kind is registered.</exception>
    public IConnector For(MigrationPlan plan, string system)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var definition = plan.FindSystem(system)
            ?? throw new KeyNotFoundException($"Plan '{plan.Name}' declares no system '{system}'.");
        var kind = definition.Kind.ToString();
        if (!_factories.TryGetValue(kind, out var factory))
        {
            throw new KeyNotFoundException(
                $"No connector of kind '{kind}' is registered for system '{system}'; registered: {string.Join(", ", _factories.Keys)}.");
        }

        return _connectors.GetOrAdd((kind, definition.Connection), key => factory.Create(key.Connection));
    }
}
