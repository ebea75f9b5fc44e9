using Integration.Core.Plans;
using Integration.Core.Transforms;

namespace Integration.Core.Tests.LoadOrder;

/// <summary>
/// Builds object mappings from a sketch such as <c>contacts:Contact>Account,Owner?</c>: mapping
/// name, source object, then lookups (a trailing <c>?</c> marks a deferrable one).
/// </summary>
internal static class MappingSketch
{
    public static IReadOnlyList<ObjectMapping> Parse(string sketch) =>
        sketch.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ParseOne).ToList();

    private static ObjectMapping ParseOne(string text)
    {
        var nameAndRest = text.Split(':');
        var objectAndLookups = nameAndRest[1].Split('>');
        var lookups = objectAndLookups.Length > 1 ? objectAndLookups[1].Split(',') : [];
        var fields = lookups.Select((lookup, i) => new FieldMapping(
            [$"Ref{i}"],
            $"ref_{i}_{lookup.TrimEnd('?').ToLowerInvariant()}",
            new LookupTransformSpec(lookup.TrimEnd('?'), lookup.EndsWith('?'))));
        return new ObjectMapping(
            nameAndRest[0],
            new ObjectEndpoint("a", objectAndLookups[0]),
            new ObjectEndpoint("b", objectAndLookups[0].ToLowerInvariant()),
            "a",
            DeletePolicy.Ignore,
            null,
            [new FieldMapping(["Name"], "name", new CopyTransformSpec()), .. fields],
            MappingReconciliation.None);
    }
}
