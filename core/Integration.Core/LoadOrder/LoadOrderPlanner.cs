using Integration.Core.Plans;
using Integration.Core.Transforms;

namespace Integration.Core.LoadOrder;

/// <summary>
/// Orders a plan's object mappings for the historical load: a mapping with a <c>lookup</c> field
/// pointing at object O depends on every mapping whose source object is O, and loads after it.
/// Deferrable lookups are left out of the ordering and returned as patches to apply afterwards.
/// </summary>
public static class LoadOrderPlanner
{
    /// <summary>Computes the load stages of <paramref name="mappings"/>.</summary>
    /// <param name="mappings">The plan's mappings. Lookups to objects no mapping reads are ignored here (the plan validator reports them).</param>
    /// <returns>The stages and deferred patches, or the first cycle of non-deferrable references found.</returns>
    public static LoadOrderResult Plan(IReadOnlyList<ObjectMapping> mappings)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        var graph = DependencyGraph.Build(mappings);
        var remaining = new SortedSet<string>(graph.Parents.Keys, StringComparer.Ordinal);
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        var byName = mappings.DistinctBy(m => m.Name, StringComparer.Ordinal).ToDictionary(m => m.Name, StringComparer.Ordinal);
        var stages = new List<LoadStage>();

        while (remaining.Count > 0)
        {
            var ready = remaining.Where(name => graph.Parents[name].All(loaded.Contains)).ToList();
            if (ready.Count == 0)
            {
                return new LoadOrderResult([], graph.DeferredPatches, FindCycle(remaining, graph.Parents));
            }

            stages.Add(new LoadStage(stages.Count + 1, ready.ConvertAll(name => byName[name])));
            loaded.UnionWith(ready);
            remaining.ExceptWith(ready);
        }

        return new LoadOrderResult(stages, graph.DeferredPatches, null);
    }

    // Every mapping left over has a parent that is left over too, so following the smallest such
    // parent from the smallest name must come back to a mapping already visited.
    private static DependencyCycle FindCycle(SortedSet<string> remaining, IReadOnlyDictionary<string, SortedSet<string>> parents)
    {
        var walk = new List<string>();
        var current = remaining.Min!;
        while (!walk.Contains(current))
        {
            walk.Add(current);
            current = parents[current].First(remaining.Contains);
        }

        var cycle = walk.GetRange(walk.IndexOf(current), walk.Count - walk.IndexOf(current));
        var start = cycle.IndexOf(cycle.Min(StringComparer.Ordinal)!);
        var path = cycle.Skip(start).Concat(cycle.Take(start)).ToList();
        path.Add(path[0]);
        return new DependencyCycle(path);
    }

    private sealed record DependencyGraph(
        IReadOnlyDictionary<string, SortedSet<string>> Parents,
        IReadOnlyList<DeferredPatch> DeferredPatches)
    {
        public static DependencyGraph Build(IReadOnlyList<ObjectMapping> mappings)
        {
            var readers = mappings
                .GroupBy(m => m.Source.Object, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(m => m.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
            var parents = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            var patches = new List<DeferredPatch>();

            foreach (var mapping in mappings)
            {
                var own = parents.TryGetValue(mapping.Name, out var existing)
                    ? existing
                    : parents[mapping.Name] = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var field in mapping.Fields)
                {
                    if (field.Transform is not LookupTransformSpec lookup || !readers.TryGetValue(lookup.TargetObject, out var targets))
                    {
                        continue;
                    }

                    foreach (var target in targets)
                    {
                        if (lookup.Deferrable)
                        {
                            patches.Add(new DeferredPatch(mapping.Name, field.Source, field.Destination, target));
                        }
                        else
                        {
                            own.Add(target);
                        }
                    }
                }
            }

            var ordered = patches
                .OrderBy(p => p.Mapping, StringComparer.Ordinal)
                .ThenBy(p => p.DestinationField, StringComparer.Ordinal)
                .ThenBy(p => p.ReferencedMapping, StringComparer.Ordinal)
                .ToList();
            return new DependencyGraph(parents, ordered);
        }
    }
}
