using Integration.Core.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace Integration.Functions.Plans;

/// <summary>What intake needs from the plan: the systems of a vendor kind and the objects each one takes part in.</summary>
public static class PlanSystems
{
    /// <summary>The plan's systems of <paramref name="kind"/>.</summary>
    public static IReadOnlyList<SystemDefinition> OfKind(MigrationPlan plan, SystemKind kind)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Systems.Where(s => s.Kind == kind)];
    }

    /// <summary>
    /// The vendor service (change-feed factory, poller factory) that <paramref name="systems"/> of <paramref name="kind"/>
    /// need; the connector registers it only when its configuration section (named after the kind) is present.
    /// </summary>
    /// <typeparam name="T">The service.</typeparam>
    /// <param name="services">The app's services.</param>
    /// <param name="kind">The vendor.</param>
    /// <param name="systems">The plan's systems of that vendor, named in the error.</param>
    /// <returns>The service.</returns>
    /// <exception cref="InvalidOperationException">The app has no configuration section for the vendor.</exception>
    public static T RequireVendorService<T>(IServiceProvider services, SystemKind kind, IReadOnlyList<SystemDefinition> systems)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(systems);
        return services.GetService<T>()
            ?? throw new InvalidOperationException(
                $"The plan has {kind} systems ({string.Join(", ", systems.Select(s => s.Name))}) but the app has no '{kind}' configuration section.");
    }

    /// <summary>The plan system of <paramref name="kind"/> using <paramref name="connection"/>, or null (a webhook route names the connection).</summary>
    /// <exception cref="InvalidOperationException">Several systems of that kind share the connection.</exception>
    public static SystemDefinition? ForConnection(MigrationPlan plan, SystemKind kind, string connection)
    {
        var matches = OfKind(plan, kind).Where(s => string.Equals(s.Connection, connection, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count switch
        {
            0 => null,
            1 => matches[0],
            _ => throw new InvalidOperationException(
                $"Plan '{plan.Name}' has {matches.Count} {kind} systems on connection '{connection}' ({string.Join(", ", matches.Select(m => m.Name))}); a webhook cannot tell them apart."),
        };
    }

    /// <summary>The objects of <paramref name="system"/> that any mapping reads or writes, with the fields mapped on them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ObjectsOf(MigrationPlan plan, string system)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var objects = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var mapping in plan.Mappings)
        {
            if (mapping.Source.System == system)
            {
                Fields(objects, mapping.Source.Object).UnionWith(mapping.Fields.SelectMany(f => f.Sources));
            }

            if (mapping.Destination.System == system)
            {
                Fields(objects, mapping.Destination.Object).UnionWith(mapping.Fields.Select(f => f.Destination));
            }
        }

        return objects.ToDictionary(o => o.Key, o => (IReadOnlyList<string>)[.. o.Value.Order(StringComparer.Ordinal)], StringComparer.Ordinal);
    }

    private static HashSet<string> Fields(Dictionary<string, HashSet<string>> objects, string objectName)
    {
        if (!objects.TryGetValue(objectName, out var fields))
        {
            objects[objectName] = fields = new HashSet<string>(StringComparer.Ordinal);
        }

        return fields;
    }
}
