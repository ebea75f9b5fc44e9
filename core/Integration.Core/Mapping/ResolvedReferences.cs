using System.Diagnostics.CodeAnalysis;
using Integration.Core.Transforms;

namespace Integration.Core.Mapping;

/// <summary>The counterpart ids a batch of records refers to, read from the cross-reference beforehand (transforms are synchronous).</summary>
public sealed class ResolvedReferences : ITransformContext
{
    private readonly Dictionary<(string Object, string Id), string> _ids = [];

    /// <summary>No reference resolves.</summary>
    public static ResolvedReferences None { get; } = new();

    /// <summary>Records that <paramref name="id"/> of <paramref name="lookupObject"/> is <paramref name="counterpartId"/> on the other side.</summary>
    /// <param name="lookupObject">The lookup's object (<see cref="LookupTransformSpec.TargetObject"/>).</param>
    /// <param name="id">The id on the side the record was read from.</param>
    /// <param name="counterpartId">The id on the other side.</param>
    public void Add(string lookupObject, string id, string counterpartId) => _ids[(lookupObject, id)] = counterpartId;

    /// <inheritdoc />
    public bool TryResolveReference(string sourceObject, string sourceId, [NotNullWhen(true)] out string? destinationId) =>
        _ids.TryGetValue((sourceObject, sourceId), out destinationId);
}
