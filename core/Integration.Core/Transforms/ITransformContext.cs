using System.Diagnostics.CodeAnalysis;

namespace Integration.Core.Transforms;

/// <summary>
/// What a transform may ask of the engine while it runs: today, the cross-reference for
/// <c>lookup</c>. Transforms are pure and synchronous, so the engine resolves the references
/// a batch needs beforehand and hands them over in an in-memory context.
/// </summary>
public interface ITransformContext
{
    /// <summary>Finds the destination id of a source record through the cross-reference.</summary>
    /// <param name="sourceObject">The source-side object the reference points to, e.g. <c>Account</c>.</param>
    /// <param name="sourceId">The record's id in the source system.</param>
    /// <param name="destinationId">The record's id in the destination system when found; otherwise null.</param>
    /// <returns>True when the record has already been written to the destination (the id is known).</returns>
    bool TryResolveReference(string sourceObject, string sourceId, [NotNullWhen(true)] out string? destinationId);
}
