using System.Diagnostics.CodeAnalysis;
using Integration.Core.Transforms;

namespace Integration.Core.Tests.Transforms;

/// <summary>An in-memory cross-reference that records what it was asked.</summary>
internal sealed class FakeCrossReference : ITransformContext
{
    private readonly Dictionary<(string Object, string Id), string> _destinationIds = [];

    public List<(string Object, string Id)> Asked { get; } = [];

    public FakeCrossReference With(string sourceObject, string sourceId, string destinationId)
    {
        _destinationIds[(sourceObject, sourceId)] = destinationId;
        return this;
    }

    public bool TryResolveReference(string sourceObject, string sourceId, [NotNullWhen(true)] out string? destinationId)
    {
        Asked.Add((sourceObject, sourceId));
        return _destinationIds.TryGetValue((sourceObject, sourceId), out destinationId);
    }
}
