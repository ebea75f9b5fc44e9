namespace Integration.Functions.LocalHost.Catalog;

/// <summary>The functions this local host runs, discovered once at startup.</summary>
public sealed class FunctionCatalog
{
    /// <summary>Builds the catalog; throws at startup for unsupported shapes and unknown settings.</summary>
    public FunctionCatalog(FunctionSources sources, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(sources);
        Functions = FunctionDiscovery.Discover(sources.Types, configuration);
    }

    /// <summary>Every function, in name order.</summary>
    public IReadOnlyList<FunctionDescriptor> Functions { get; }

    /// <summary>The function named <paramref name="name"/>.</summary>
    public FunctionDescriptor this[string name] =>
        Functions.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"No function named '{name}' in the catalog.");

    /// <summary>The functions whose trigger is a <typeparamref name="TTrigger"/> (HTTP, queue or timer).</summary>
    public IEnumerable<(FunctionDescriptor Function, TTrigger Trigger)> WithTrigger<TTrigger>()
        where TTrigger : FunctionTrigger =>
        Functions.Where(f => f.Trigger is TTrigger).Select(f => (f, (TTrigger)f.Trigger));
}
