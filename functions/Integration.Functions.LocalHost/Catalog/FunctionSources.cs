using System.Reflection;

namespace Integration.Functions.LocalHost.Catalog;

/// <summary>The classes searched for <c>[Function]</c> methods: whole assemblies, or chosen classes (tests).</summary>
public sealed class FunctionSources
{
    /// <summary>Creates a source list from explicit types.</summary>
    public FunctionSources(IEnumerable<Type> types) => Types = [.. types];

    /// <summary>The candidate classes.</summary>
    public IReadOnlyList<Type> Types { get; }

    /// <summary>All exported types of the given assemblies.</summary>
    public static FunctionSources FromAssemblies(IEnumerable<Assembly> assemblies) =>
        new(assemblies.SelectMany(a => a.GetExportedTypes()));
}
