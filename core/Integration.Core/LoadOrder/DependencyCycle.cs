namespace Integration.Core.LoadOrder;

/// <summary>A cycle of non-deferrable references between mappings, which no load order can satisfy.</summary>
/// <param name="Mappings">
/// The mapping names along the cycle, the first repeated at the end: each depends on the next
/// (<c>[accounts, contacts, accounts]</c>). Starts at the ordinally smallest name.
/// </param>
public sealed record DependencyCycle(IReadOnlyList<string> Mappings)
{
    /// <summary>The cycle as a path, e.g. <c>accounts -> contacts -> accounts</c>.</summary>
    public string Path => string.Join(" -> ", Mappings);

    /// <inheritdoc />
    public override string ToString() => Path;
}
